using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Qingdan.Graph.Ingest.Csv;

/// <summary>
/// Streams one bundle CSV file (RFC 4180, header first) in its declared encoding, strictly: a row
/// holding bytes the encoding cannot read comes back with a problem instead of replacement characters.
/// </summary>
internal static class CsvSource
{
    static CsvSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The decoding for a manifest's encoding name.</summary>
    public static Encoding EncodingFor(string name) => name switch
    {
        "gb18030" => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, MarkingDecoderFallback.Instance),
        _ => Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, MarkingDecoderFallback.Instance),
    };

    // Rows are handed from the parsing thread to the reading one in batches of this many, at most
    // ReadAheadBatches batches ahead.
    private const int BatchRows = 256;
    private const int ReadAheadBatches = 16;

    /// <summary>
    /// The header (trimmed, lower case) and then the data rows; an empty file yields no header. The file
    /// is parsed on another thread a few batches ahead of the caller, so that decoding and splitting rows
    /// overlap with what the caller does with them (validation, resolution's bookkeeping, the writes);
    /// the rows, their order and the header call are as a plain read gives them, and a failure to read
    /// the file is thrown to the caller at the row where it happened.
    /// </summary>
    public static IEnumerable<CsvRow> Read(string path, string encodingName, Action<string[]> header)
        => ReadAhead(path, encodingName, header);

    /// <summary>
    /// Every record of the file, the first one too, as written (a delivered file's header need not be its
    /// first line: mapping.md finds it). Blank lines are skipped; an empty file yields nothing.
    /// </summary>
    public static IEnumerable<CsvRow> ReadRecords(string path, string encodingName) => ReadAhead(path, encodingName, header: null);

    private static IEnumerable<CsvRow> ReadAhead(string path, string encodingName, Action<string[]>? header)
    {
        using var stop = new CancellationTokenSource();
        using var batches = new BlockingCollection<CsvRow[]>(ReadAheadBatches);
        ExceptionDispatchInfo? failure = null;
        var parser = Task.Run(() =>
        {
            try
            {
                var batch = new List<CsvRow>(BatchRows);
                foreach (var row in ReadHere(path, encodingName, header))
                {
                    batch.Add(row);
                    if (batch.Count == BatchRows)
                    {
                        batches.Add([.. batch], stop.Token);
                        batch.Clear();
                    }
                }

                if (batch.Count > 0)
                {
                    batches.Add([.. batch], stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The caller stopped reading.
            }
            catch (Exception error)
            {
                failure = ExceptionDispatchInfo.Capture(error);
            }
            finally
            {
                batches.CompleteAdding();
            }
        });

        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                foreach (var row in batch)
                {
                    yield return row;
                }
            }

            failure?.Throw();
        }
        finally
        {
            // Stopped early (a rejected file, a failure, cancellation): the parser is told and waited for, so the file is closed.
            stop.Cancel();
            parser.Wait();
        }
    }

    private static IEnumerable<CsvRow> ReadHere(string path, string encodingName, Action<string[]>? header)
    {
        var fileName = Path.GetFileName(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        SkipUtf8Bom(stream, encodingName);
        using var reader = new StreamReader(
            stream,
            EncodingFor(encodingName),
            detectEncodingFromByteOrderMarks: false,
            bufferSize: 1 << 16);
        string? badData = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            IgnoreBlankLines = false,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = _ => badData ??= "a quote is misplaced or never closed",
            TrimOptions = TrimOptions.None,
        };
        using var parser = new CsvParser(reader, configuration);
        var line = 1;
        var seenHeader = false;
        while (parser.Read())
        {
            var raw = parser.RawRecord;
            var startLine = line;
            line += CountLineBreaks(raw);
            var fields = parser.Record ?? [];
            if (fields.Length == 1 && fields[0].Length == 0 && raw.Trim('\r', '\n').Length == 0)
            {
                badData = null;
                continue;
            }

            // The row's text is kept as read; CsvRow trims its line break only when the text is asked for (a rejected row).
            var text = raw;
            string? problem = badData;
            badData = null;
            if (MarkingDecoderFallback.HasInvalidBytes(raw))
            {
                text = MarkingDecoderFallback.Visible(raw.TrimEnd('\r', '\n'));
                problem = $"bytes not valid in {encodingName}: {Snippet(text)}";
            }

            if (!seenHeader && header is not null)
            {
                seenHeader = true;
                if (problem is not null)
                {
                    yield return new CsvRow(fileName, startLine, [], text, $"header line cannot be read: {problem}");
                    yield break;
                }

                header(fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray());
                continue;
            }

            yield return new CsvRow(fileName, startLine, fields, text, problem);
        }

        if (!seenHeader && header is not null)
        {
            yield return new CsvRow(fileName, 1, [], string.Empty, "file is empty: a header line is needed");
        }
    }

    private static int CountLineBreaks(string raw)
    {
        var count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 >= raw.Length || raw[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    private static string Snippet(string text) => text.Length <= 80 ? text : $"{text.AsSpan(0, 77)}…";

    private static void SkipUtf8Bom(Stream stream, string encodingName)
    {
        if (encodingName != "utf-8")
        {
            return;
        }

        Span<byte> head = stackalloc byte[3];
        var read = stream.Read(head);
        if (read < 3 || head[0] != 0xEF || head[1] != 0xBB || head[2] != 0xBF)
        {
            stream.Position = 0;
        }
    }
}
