using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Text;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>Normalised names and identifiers of a snapshot's people, companies and agencies, built once per snapshot.</summary>
internal sealed class SearchIndex
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GraphSnapshot, SearchIndex> Cache = new();

    public SearchIndex(GraphSnapshot snapshot)
    {
        Names = new string?[snapshot.NodeCount];
        for (var node = 0; node < snapshot.NodeCount; node++)
        {
            var (name, id) = snapshot.NodeOf(node) switch
            {
                Person p => (p.Name, p.IdNumber?.Value),
                Company c => (c.Name, c.CreditCode?.Value),
                Agency a => (a.Name, a.Code?.Value),
                _ => ((string?)null, (string?)null),
            };
            Names[node] = name is null ? null : NameNormalizer.Normalize(name);
            if (id is not null)
            {
                if (!Identifiers.TryGetValue(id, out var list))
                {
                    Identifiers[id] = list = [];
                }

                list.Add(node);
            }
        }
    }

    public string?[] Names { get; }

    public Dictionary<string, List<int>> Identifiers { get; } = new(StringComparer.Ordinal);

    public static SearchIndex For(GraphSnapshot snapshot) => Cache.GetValue(snapshot, s => new SearchIndex(s));

    /// <summary>By normalised name, and by identifier unless <paramref name="identifiers"/> is false (analysts cannot search on identity
    /// numbers).</summary>
    public List<NodeRef> Find(GraphSnapshot snapshot, string text, int first, bool identifiers, Func<int, bool>? sees = null)
    {
        var wanted = text.Trim();
        var normalized = NameNormalizer.Normalize(wanted);
        var identifier = Width.ToHalfWidth(wanted).ToUpperInvariant();
        var found = new List<NodeRef>();
        if (normalized.Length == 0)
        {
            return found;
        }

        if (identifiers && Identifiers.TryGetValue(identifier, out var exact))
        {
            found.AddRange(exact.Where(n => sees?.Invoke(n) != false).Select(n => new NodeRef(snapshot, n)));
        }

        for (var node = 0; node < Names.Length && found.Count < first; node++)
        {
            if (Names[node] is { } name && name.Contains(normalized, StringComparison.Ordinal) && sees?.Invoke(node) != false
                && !found.Exists(f => f.Index == node))
            {
                found.Add(new NodeRef(snapshot, node));
            }
        }

        return found.Take(first).ToList();
    }
}
