using Qingdan.Graph.Core.Text;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// Words and the bundle values they stand for (mapping.md "Built-in vocabularies", or an inline
/// <c>map:</c>). Words are matched trimmed, full-width folded to half-width, and without regard to case.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, string> _words;

    public Vocabulary(string name, IEnumerable<KeyValuePair<string, string>> words)
    {
        Name = name;
        _words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in words)
        {
            _words[Key(word)] = value;
        }
    }

    /// <summary>A built-in vocabulary's name, or <c>inline (line N)</c>.</summary>
    public string Name { get; }

    /// <summary>The mapping file's line of an inline vocabulary; 0 for a built-in one.</summary>
    public int Line { get; init; }

    public IEnumerable<string> Values => _words.Values.Distinct(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Words => _words;

    public bool TryMap(string word, out string value) => _words.TryGetValue(Key(word), out value!);

    private static string Key(string word) => Width.ToHalfWidth(word.Trim());
}
