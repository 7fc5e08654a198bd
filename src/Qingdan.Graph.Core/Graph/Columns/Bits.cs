namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>One flag a row in 64-bit words: an eighth of a byte where a <c>bool[]</c> would take one.</summary>
internal sealed class Bits(int capacity = 64)
{
    private ulong[] _words = new ulong[Math.Max(1, (capacity + 63) / 64)];

    public bool this[int index]
    {
        get => index >> 6 < _words.Length && (_words[index >> 6] & (1UL << index)) != 0;
        set
        {
            if (index >> 6 >= _words.Length)
            {
                Array.Resize(ref _words, Math.Max(_words.Length * 2, (index >> 6) + 1));
            }

            if (value)
            {
                _words[index >> 6] |= 1UL << index;
            }
            else
            {
                _words[index >> 6] &= ~(1UL << index);
            }
        }
    }

    public long Bytes => _words.Length * sizeof(ulong);

    /// <summary>The flags, 64 to a word, for writing out.</summary>
    public ReadOnlySpan<ulong> Words => _words;

    /// <summary>Flags read back from their words.</summary>
    public static Bits Of(ulong[] words)
    {
        var bits = new Bits(1);
        bits._words = words.Length == 0 ? new ulong[1] : words;
        return bits;
    }

    /// <summary>The flags of the kept rows, renumbered in order.</summary>
    public Bits Keep(ReadOnlySpan<int> kept)
    {
        var result = new Bits(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            if (this[kept[i]])
            {
                result[i] = true;
            }
        }

        return result;
    }
}
