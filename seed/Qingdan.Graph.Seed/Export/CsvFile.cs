using System.Text;

namespace Qingdan.Graph.Seed.Export;

/// <summary>A bundle CSV file being written: RFC 4180 quoting where a value needs it, LF line ends.</summary>
internal sealed class CsvFile : IDisposable
{
    private readonly StreamWriter _writer;

    public CsvFile(string folder, string name, Encoding encoding, params string[] header)
    {
        _writer = new StreamWriter(Path.Combine(folder, name), false, encoding, 1 << 16) { NewLine = "\n" };
        Row(header);
    }

    public void Row(params string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            var value = values[i] ?? string.Empty;
            if (value.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                _writer.Write('"');
                _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(value);
            }
        }

        _writer.WriteLine();
    }

    public void Dispose() => _writer.Dispose();
}
