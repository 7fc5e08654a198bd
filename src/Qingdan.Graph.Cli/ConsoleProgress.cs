using System.Globalization;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Cli;

/// <summary>
/// Shows long work on stderr: one line rewritten in place on a terminal, a line every few seconds
/// when stderr is a file or a pipe (so logs stay readable).
/// </summary>
internal sealed class ConsoleProgress(TextWriter error) : IProgress<IngestProgress>, IProgress<SweepProgress>
{
    private static readonly TimeSpan QuietInterval = TimeSpan.FromSeconds(5);
    private readonly bool _interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    private readonly Lock _writing = new();
    private TimeSpan? _lastWritten;
    private bool _lineOpen;

    public void Report(IngestProgress value) => Write(
        string.Create(CultureInfo.InvariantCulture, $"{value.Bundle}: {value.Stage}, {value.Rows:N0} rows, {value.RowsPerSecond:N0} rows/s, {value.Rejected:N0} rejected, {value.Elapsed.TotalSeconds:0.0}s"),
        value.Elapsed,
        value.Stage == "committed");

    public void Report(SweepProgress value) => Write(
        value.Stage switch
        {
            "rules" => string.Create(CultureInfo.InvariantCulture, $"sweep: rules, {value.Done:N0} of {value.Total:N0} officials, {(value.Elapsed.TotalSeconds > 0 ? value.Done / value.Elapsed.TotalSeconds : 0):N0}/s, {value.Elapsed.TotalSeconds:0.0}s"),
            "writing" => string.Create(
                CultureInfo.InvariantCulture,
                $"sweep: writing {value.Total:N0} findings, {value.Elapsed.TotalSeconds:0.0}s"),
            _ => string.Create(CultureInfo.InvariantCulture, $"sweep: {value.Stage}, {value.Elapsed.TotalSeconds:0.0}s"),
        },
        value.Elapsed,
        value.Stage is "committed" or "writing");

    public void Clear()
    {
        lock (_writing)
        {
            if (_lineOpen)
            {
                error.WriteLine();
                _lineOpen = false;
            }

            _lastWritten = null;
        }
    }

    private void Write(string text, TimeSpan elapsed, bool always)
    {
        lock (_writing)
        {
            if (_interactive)
            {
                error.Write($"\r{text}\u001b[K");
                _lineOpen = true;
            }
            else if (_lastWritten is null || elapsed - _lastWritten >= QuietInterval || always)
            {
                error.WriteLine(text);
                _lastWritten = elapsed;
            }
        }
    }
}
