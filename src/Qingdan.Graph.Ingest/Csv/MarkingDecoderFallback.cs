using System.Text;

namespace Qingdan.Graph.Ingest.Csv;

/// <summary>
/// Decodes each byte the encoding cannot read as U+FFFF followed by U+F700 + byte, so that the CSV
/// parser can go on, the row can be rejected, and its raw text can show the byte as <c>\xNN</c> —
/// without a U+FFFD ever reaching the store.
/// </summary>
internal sealed class MarkingDecoderFallback : DecoderFallback
{
    public const char Marker = '\uFFFF';
    public const char ByteBase = '\uF700';

    public static readonly MarkingDecoderFallback Instance = new();

    public override int MaxCharCount => 16;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

    /// <summary>True when the text holds a marked invalid byte.</summary>
    public static bool HasInvalidBytes(string text) => text.Contains(Marker, StringComparison.Ordinal);

    /// <summary>The text with each marked byte written as <c>\xNN</c>.</summary>
    public static string Visible(string text)
    {
        if (!HasInvalidBytes(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == Marker && i + 1 < text.Length)
            {
                builder.Append("\\x").Append((text[++i] - ByteBase).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private sealed class Buffer : DecoderFallbackBuffer
    {
        private readonly List<char> _chars = new(8);
        private int _next;

        public override int Remaining => _chars.Count - _next;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            _chars.Clear();
            _next = 0;
            foreach (var b in bytesUnknown)
            {
                _chars.Add(Marker);
                _chars.Add((char)(ByteBase + b));
            }

            return _chars.Count > 0;
        }

        public override char GetNextChar() => _next < _chars.Count ? _chars[_next++] : '\0';

        public override bool MovePrevious()
        {
            if (_next == 0)
            {
                return false;
            }

            _next--;
            return true;
        }

        public override void Reset()
        {
            _chars.Clear();
            _next = 0;
        }
    }
}
