using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>A variable the report's document declares.</summary>
public sealed class ReportParameterType : ObjectGraphType<ReportParameter>
{
    public ReportParameterType()
    {
        Name = "ReportParameter";
        Description = "A variable the report's document declares; runs and downloads may set it (var.NAME=value).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The variable's name, without $.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("type").Description("Its GraphQL type as written (Int!, [RuleCode!]).")
            .Resolve(c => c.Source.Type);
        Field<StringGraphType>("defaultValue").Description("The default the document gives it, as GraphQL text; null when none.")
            .Resolve(c => c.Source.DefaultValue);
        Field<NonNullGraphType<BooleanGraphType>>("required").Description("True when it is non-null with no default in the document.")
            .Resolve(c => c.Source.Required);
    }
}
