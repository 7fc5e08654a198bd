namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// The words node columns share (regions, industries, statuses, sectors, decision kinds, currencies),
/// each kept once and named by a small number: 0 for none, then 1, 2, … in the order first seen. A
/// region's string is the same object for every company in it, so the rules compare and hash it without
/// decoding anything.
/// </summary>
internal sealed class Words
{
    private readonly List<string> _words;
    private Dictionary<string, int>? _codes;

    public Words()
    {
        _words = [];
        _codes = new Dictionary<string, int>(StringComparer.Ordinal);
    }

    private Words(List<string> words) => _words = words;

    public int Count => _words.Count;

    /// <summary>The word's number, adding it when it is new; 0 for none.</summary>
    public int Code(string? word)
    {
        if (word is null)
        {
            return 0;
        }

        // A table read back from an image finds its numbers only when something is appended to it.
        _codes ??= Index(_words);
        if (!_codes.TryGetValue(word, out var code))
        {
            _words.Add(word);
            code = _words.Count;
            _codes[word] = code;
        }

        return code;
    }

    /// <summary>The word a number names, or null for 0.</summary>
    public string? this[int code] => code == 0 ? null : _words[code - 1];

    /// <summary>Bytes held, roughly: each word's string and its slot.</summary>
    public long Bytes => _words.Sum(w => 24L + (2L * w.Length) + 8);

    /// <summary>Checks a number read back from an image.</summary>
    public int Checked(int code, string column) =>
        (uint)code <= (uint)_words.Count
            ? code
            : throw new InvalidDataException($"The snapshot image's {column} column names word {code} of {_words.Count}.");

    public void Write(ImageWriter writer)
    {
        writer.Count((ulong)_words.Count);
        foreach (var word in _words)
        {
            writer.Text(word);
        }
    }

    public static Words Read(ImageReader reader)
    {
        var words = new List<string>(reader.Count(bytesEach: 1));
        for (var i = 0; i < words.Capacity; i++)
        {
            words.Add(reader.Text() ?? throw new InvalidDataException("A word in the snapshot image is null."));
        }

        return new Words(words);
    }

    private static Dictionary<string, int> Index(List<string> words)
    {
        var codes = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            codes.TryAdd(words[i], i + 1);
        }

        return codes;
    }
}
