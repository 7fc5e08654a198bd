using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Testing;

/// <summary>
/// The resolved graph as sorted text, with entities named by their records' registry keys rather
/// than by store ids, so that two stores built in different orders can be compared.
/// </summary>
public static class GraphDump
{
    /// <summary>A dump's lines without where each link was read (its last field: registry, file, line), for stores filled from different
    /// files.</summary>
    public static HashSet<string> WithoutProvenance(string dump) =>
        dump.Split('\n').Select(line => line.StartsWith("L ", StringComparison.Ordinal) ? line[..line.LastIndexOf(' ')] : line)
            .ToHashSet(StringComparer.Ordinal);

    public static async Task<string> DumpAsync(QingdanDbContext context)
    {
        var records = await context.SourceRecords.AsNoTracking()
            .Select(r => new { r.Id, r.EntityId, Key = r.Registry + "/" + r.Ref })
            .ToListAsync();
        var keyOfEntity = records.Where(r => r.EntityId != null).GroupBy(r => r.EntityId!.Value)
            .ToDictionary(g => g.Key, g => string.Join("+", g.Select(r => r.Key).Order(StringComparer.Ordinal)));
        var nodes = await context.Nodes.AsNoTracking().ToListAsync();
        var lines = new List<string>();
        foreach (var node in nodes)
        {
            var attributes = node switch
            {
                Store.Graph.PersonRow p => $"{p.IdNumber}|{p.IdNumberStatus}|{p.BirthDate:yyyy-MM-dd}|{p.Gender}",
                Store.Graph.CompanyRow c => $"{c.CreditCode}|{c.CreditCodeStatus}|{c.Listed}|{c.RegionCode}|{c.Industry}",
                Store.Graph.AgencyRow a => $"{a.CreditCode}|{a.RegionCode}|{a.Sectors}",
                Store.Graph.DecisionRow d => $"{d.DecisionKind}|{d.Amount?.ToString("0.##", CultureInfo.InvariantCulture)}|{d.DecidedDate:yyyy-MM-dd}|{d.Method}|{d.Bidders}",
                _ => string.Empty,
            };
            lines.Add($"E {keyOfEntity.GetValueOrDefault(node.Id, "(no records)")} {node.Kind} {node.Name} {attributes}");
        }

        var links = await context.Links.AsNoTracking().ToListAsync();
        foreach (var link in links)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"L {link.Kind} {link.Detail} {keyOfEntity[link.FromEntityId]} -> {keyOfEntity[link.ToEntityId]} " +
                    $"[{link.StartDate:yyyy-MM-dd}, {link.EndDate:yyyy-MM-dd}] share={link.Share} " +
                        $"amount={link.Amount?.ToString("0.##", CultureInfo.InvariantCulture)} {link.Registry}:{link.File}:{link.Line}"));
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }
}
