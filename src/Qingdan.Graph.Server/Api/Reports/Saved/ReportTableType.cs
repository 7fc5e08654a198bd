using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>One top-level field of a report's result as a table.</summary>
public sealed class ReportTableType : ObjectGraphType<ReportTable>
{
    public ReportTableType()
    {
        Name = "ReportTable";
        Description = "One top-level field of a report's result, flattened (docs/reports.md \"Flattening\").";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The field's response name (its alias, else its name).")
            .Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportColumnType>>>>("columns").Description("The columns, in order.")
            .Resolve(c => c.Source.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<StringGraphType>>>>>("rows")
            .Description("The rows: each cell's text in column order, numbers in invariant form, null when absent.")
            .Resolve(c => c.Source.Rows);
    }
}
