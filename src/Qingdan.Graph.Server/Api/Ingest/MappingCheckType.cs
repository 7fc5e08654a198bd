using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Ingest.Mappings;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>What <c>mappingCheck</c> found: <c>qingdan map check</c> through the API.</summary>
public sealed class MappingCheckType : ObjectGraphType<MappingCheckResult>
{
    public MappingCheckType()
    {
        Name = "MappingCheck";
        Description = "A mapping tried on its delivered files, nothing written: the headers found, the first rows as bundle records, " +
            "every problem.";
        Field<NonNullGraphType<BooleanGraphType>>("ok").Description("True when an ingest would reject no row and the mapping can be used.")
            .Resolve(c => !c.Source.HasProblems);
        Field<NonNullGraphType<StringGraphType>>("registry").Description("The mapping's registry.")
            .Resolve(c => c.Source.Manifest.Registry);
        Field<NonNullGraphType<StringGraphType>>("bundleId").Description("The bundle id its facts will cite.")
            .Resolve(c => c.Source.Manifest.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingProblemType>>>>("mappingProblems")
            .Description("Why the mapping cannot be used, each at its line; when any, nothing else was read.").Resolve(
                c => c.Source.MappingProblems);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingHeaderType>>>>("headers").Description(
            "The header found in each delivered file or sheet.").Resolve(c => c.Source.Headers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingSampleRowType>>>>("samples").Description(
            "The first rows of each table, as the records they make.").Resolve(c => c.Source.Samples);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RowIssueType>>>>("problems").Description(
            "Every row an ingest would reject, and every warning, with file, sheet, row and column.")
            .Argument<IntGraphType>("first", "How many at most (up to 5,000).", a => a.DefaultValue = 500)
            .Resolve(c => c.Source.Issues.Take(Math.Clamp(c.GetArgument("first", 500), 0, 5000)));
        Field<NonNullGraphType<IntGraphType>>("rejected").Description("How many rows an ingest would reject.")
            .Resolve(c => c.Source.Issues.Count(i => i.Rejected));
        Field<NonNullGraphType<LongGraphType>>("rowsRead").Description("Data rows read (title and header rows not counted).")
            .Resolve(c => c.Source.RowsRead);
        Field<NonNullGraphType<LongGraphType>>("rowsFiltered").Description("Rows that 'where' left out.")
            .Resolve(c => c.Source.RowsFiltered);
        Field<NonNullGraphType<LongGraphType>>("records").Description(
            "Records (people, companies, agencies, decisions) an ingest would state.").Resolve(c => c.Source.Records);
        Field<NonNullGraphType<LongGraphType>>("facts").Description("Facts (links) an ingest would state.").Resolve(c => c.Source.Links);
    }
}
