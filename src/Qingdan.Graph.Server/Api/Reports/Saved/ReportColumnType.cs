using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>A column of a flattened report table.</summary>
public sealed class ReportColumnType : ObjectGraphType<ReportColumn>
{
    public ReportColumnType()
    {
        Name = "ReportColumn";
        Description = "A column of a flattened report table.";
        Field<NonNullGraphType<StringGraphType>>("path").Description("The dotted path of the value in each row (agency.name).")
            .Resolve(c => c.Source.Path);
        Field<NonNullGraphType<StringGraphType>>("label").Description("The column's header in the language asked.")
            .Resolve(c => c.Source.Label);
        Field<NonNullGraphType<BooleanGraphType>>("numeric").Description("True when every cell is a single number.")
            .Resolve(c => c.Source.Numeric);
    }
}
