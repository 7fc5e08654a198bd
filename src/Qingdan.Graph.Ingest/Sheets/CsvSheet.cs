using Qingdan.Graph.Ingest.Csv;

namespace Qingdan.Graph.Ingest.Sheets;

/// <summary>A delivered CSV file as a table, read strictly in its encoding by the bundle's own CSV reader.</summary>
internal sealed class CsvSheet(string path, string encoding) : SheetSource
{
    public override string Location { get; } = Path.GetFileName(path);

    // A delivered CSV row is rarely shorter than this; the estimate only decides progress and large loads.
    public override long EstimatedRows => Math.Max(1, new FileInfo(path).Length / 80);

    public override IEnumerable<SheetRow> ReadRows(CancellationToken cancellationToken)
    {
        foreach (var record in CsvSource.ReadRecords(path, encoding))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fields = record.Fields;
            if (record.Line == 1 && fields.Length > 0)
            {
                fields[0] = fields[0].TrimStart('\uFEFF');
            }

            yield return new SheetRow(record.Line, fields, record.Problem, record.Problem is null ? null : record.Raw);
        }
    }
}
