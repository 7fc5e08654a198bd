using System.Globalization;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Server.Cli;

/// <summary>
/// Shows long work on stderr: one line rewritten in place on a terminal, a line every few seconds
/// when stderr is a file or a pipe (so logs stay readable).
/// </summary>
internal sealed class ConsoleProgress(TextWriter error) : IProgress<IngestProgress>
{
    private static readonly TimeSpan QuietInterval = TimeSpan.FromSeconds(5);
    private readonly bool _interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    private TimeSpan? _lastWritten;
    private bool _lineOpen;

    public void Report(IngestProgress value)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{value.Bundle}: {value.Stage}, {value.Rows:N0} rows, {value.RowsPerSecond:N0} rows/s, {value.Rejected:N0} rejected, {value.Elapsed.TotalSeconds:0.0}s");
        if (_interactive)
        {
            error.Write($"\r{text}\u001b[K");
            _lineOpen = true;
        }
        else if (_lastWritten is null || value.Elapsed - _lastWritten >= QuietInterval || value.Stage == "committed")
        {
            error.WriteLine(text);
            _lastWritten = value.Elapsed;
        }
    }

    public void Clear()
    {
        if (_lineOpen)
        {
            error.WriteLine();
            _lineOpen = false;
        }

        _lastWritten = null;
    }
}
