using System.Globalization;
using Qingdan.Graph.Ingest.Sheets;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// Finds a delivered table's header (mapping.md "The file"): the row <c>header:</c> names, or the first
/// row that holds every column the table names, title rows above it skipped. The columns are then
/// checked against it, so that a mapping naming a column no header holds fails before any row is read.
/// </summary>
internal static class HeaderFinder
{
    /// <summary>How far down a sheet the header is looked for.</summary>
    public const int SearchRows = 100;

    public static HeaderRow Find(SheetSource source, TableMapping table, string mappingName, CancellationToken cancellationToken)
    {
        SheetRow? stated = null;
        SheetRow? closest = null;
        var closestCount = -1;
        SheetRow? unreadable = null;
        var seen = 0;
        foreach (var row in source.ReadRows(cancellationToken))
        {
            if (table.Header is { } header)
            {
                if (row.Number < header)
                {
                    continue;
                }

                stated = row.Number == header ? row : null;
                break;
            }

            if (++seen > SearchRows)
            {
                break;
            }

            if (row.Problem is not null)
            {
                unreadable ??= row;
                continue;
            }

            var candidate = new HeaderRow(source, row);
            var held = table.Columns.Count(c => candidate.Holds(c.Column));
            if (held == table.Columns.Count)
            {
                return Checked(candidate, table, mappingName);
            }

            if (held > closestCount)
            {
                (closest, closestCount) = (row, held);
            }
        }

        if (table.Header is { } wanted)
        {
            if (stated is null)
            {
                throw Problem(
                    mappingName,
                    table.Line,
                    $"{source.Location}: row {wanted}, which 'header' names, is empty or past the end of the table");
            }

            if (stated.Problem is not null)
            {
                throw Problem(
                    mappingName,
                    table.Line,
                    $"{source.Location}: the header (row {wanted}) cannot be read: {stated.Problem}{EncodingHint(table, stated)}");
            }

            return Checked(new HeaderRow(source, stated), table, mappingName);
        }

        if (unreadable is not null && (closest is null || closestCount <= 0))
        {
            throw Problem(
                mappingName,
                table.Line,
                $"{source.Location}: row {unreadable.Number} cannot be read: {unreadable.Problem}{EncodingHint(table, unreadable)}");
        }

        if (closest is null)
        {
            throw Problem(mappingName, table.Line, $"{source.Location}: the table is empty: no row could be its header");
        }

        var near = new HeaderRow(source, closest);
        var lacking = table.Columns.Where(c => !near.Holds(c.Column)).Select(c => c.Column).ToList();
        throw Problem(mappingName, table.Line, string.Create(
            CultureInfo.InvariantCulture,
            $"{source.Location}: no row among the first {SearchRows} holds every column the table names; the closest, row " +
                $"{closest.Number}, lacks {Quote(lacking)} (its cells: {Quote(near.Names.Where(n => n.Length > 0))}). Check the column " +
                    $"names, or give the row with 'header:'{string.Concat(lacking.Select(LiteralHint).Distinct())}"));
    }

    private static HeaderRow Checked(HeaderRow header, TableMapping table, string mappingName)
    {
        var problems = new List<MappingProblem>();
        foreach (var (column, line) in table.Columns)
        {
            var held = header.Find(column);
            if (held.Count == 0)
            {
                problems.Add(new MappingProblem(mappingName, line, $"column '{column}' is not in the header of {header.Source.Location} " +
                    $"(row {header.Number}: {Quote(header.Names.Where(n => n.Length > 0))}){LiteralHint(column)}"));
            }
            else if (held.Count > 1)
            {
                var merged = header.Source is XlsxSheet sheet ? sheet.MergeAt(header.Number, held[0]) : null;
                problems.Add(new MappingProblem(mappingName, line, merged is not null
                    ? $"column '{column}' is ambiguous in {header.Source.Location}: its header cell is merged across {merged}, so it " +
                        $"heads {held.Count} columns. Give each column a header cell of its own, or name with 'header:' the row below it"
                    : $"column '{column}' is ambiguous in {header.Source.Location}: row {header.Number} holds it {held.Count} times " +
                        $"({string.Join(", ", held.Select(i => CellReference.Of(header.Number, i)))})"));
            }
        }

        return problems.Count == 0 ? header : throw new MappingException(problems);
    }

    // A bare word is a column (mapping.md "Values"); a constant such as a holder's kind is written {literal: …}.
    private static string LiteralHint(string column) =>
        column.Length > 0 && column.All(c => char.IsAsciiLetterLower(c) || c == '_')
            ? $"; a constant is written {{literal: {column}}}"
            : string.Empty;

    private static string EncodingHint(TableMapping table, SheetRow row) =>
        table.Encoding == "utf-8" && row.Problem?.Contains("not valid in utf-8", StringComparison.Ordinal) == true
            ? ". The file is not UTF-8: if it is GB18030 (GBK), as Chinese exports often are, add 'encoding: gb18030' to the table"
            : string.Empty;

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));

    private static MappingException Problem(string mappingName, int line, string reason)
        => new([new MappingProblem(mappingName, line, reason)]);
}
