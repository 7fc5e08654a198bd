using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Ingest.Mappings;
using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>What <c>mappingCheck</c> found: <c>qingdan map check</c> through the API.</summary>
public sealed class MappingCheckType : ObjectGraphType<MappingCheckResult>
{
    public MappingCheckType()
    {
        Name = "MappingCheck";
        Description = "A mapping tried on its delivered files, nothing written: the headers found, the first rows as bundle records, every problem.";
        Field<NonNullGraphType<BooleanGraphType>>("ok").Description("True when an ingest would reject no row and the mapping can be used.").Resolve(c => !c.Source.HasProblems);
        Field<NonNullGraphType<StringGraphType>>("registry").Description("The mapping's registry.").Resolve(c => c.Source.Manifest.Registry);
        Field<NonNullGraphType<StringGraphType>>("bundleId").Description("The bundle id its facts will cite.").Resolve(c => c.Source.Manifest.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingProblemType>>>>("mappingProblems")
            .Description("Why the mapping cannot be used, each at its line; when any, nothing else was read.").Resolve(c => c.Source.MappingProblems);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingHeaderType>>>>("headers").Description("The header found in each delivered file or sheet.").Resolve(c => c.Source.Headers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingSampleRowType>>>>("samples").Description("The first rows of each table, as the records they make.").Resolve(c => c.Source.Samples);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RowIssueType>>>>("problems").Description("Every row an ingest would reject, and every warning, with file, sheet, row and column.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 500)
            .Resolve(c => c.Source.Issues.Take(Math.Clamp(c.GetArgument("first", 500), 0, 5000)));
        Field<NonNullGraphType<IntGraphType>>("rejected").Description("How many rows an ingest would reject.").Resolve(c => c.Source.Issues.Count(i => i.Rejected));
        Field<NonNullGraphType<LongGraphType>>("rowsRead").Description("Data rows read (title and header rows not counted).").Resolve(c => c.Source.RowsRead);
        Field<NonNullGraphType<LongGraphType>>("rowsFiltered").Description("Rows that 'where' left out.").Resolve(c => c.Source.RowsFiltered);
        Field<NonNullGraphType<LongGraphType>>("records").Description("Records (people, companies, agencies, decisions) an ingest would state.").Resolve(c => c.Source.Records);
        Field<NonNullGraphType<LongGraphType>>("facts").Description("Facts (links) an ingest would state.").Resolve(c => c.Source.Links);
    }
}

/// <summary>A reason a mapping cannot be used.</summary>
public sealed class MappingProblemType : ObjectGraphType<MappingProblem>
{
    public MappingProblemType()
    {
        Name = "MappingProblem";
        Description = "Why a mapping cannot be used, at a line of the mapping file.";
        Field<NonNullGraphType<StringGraphType>>("file").Description("The mapping file.").Resolve(c => c.Source.File);
        Field<NonNullGraphType<IntGraphType>>("line").Description("Its line; 0 when the problem is the whole file's.").Resolve(c => c.Source.Line);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("What is wrong and what to do.").Resolve(c => c.Source.Reason);
    }
}

/// <summary>The header of one delivered table.</summary>
public sealed class MappingHeaderType : ObjectGraphType<MappingHeader>
{
    public MappingHeaderType()
    {
        Name = "MappingHeader";
        Description = "The header row found in a delivered file or sheet.";
        Field<NonNullGraphType<StringGraphType>>("location").Description("The file, and the sheet after '!'.").Resolve(c => c.Source.Location);
        Field<NonNullGraphType<IntGraphType>>("row").Description("The header's row as the sheet numbers it (a CSV file's line).").Resolve(c => c.Source.Row);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("cells").Description("Its cells, by column.").Resolve(c => c.Source.Cells);
    }
}

/// <summary>One of the first rows of a table.</summary>
public sealed class MappingSampleRowType : ObjectGraphType<MappingSampleRow>
{
    public MappingSampleRowType()
    {
        Name = "MappingSampleRow";
        Description = "A delivered row and the records it makes.";
        Field<NonNullGraphType<StringGraphType>>("location").Description("The file, and the sheet after '!'.").Resolve(c => c.Source.Location);
        Field<NonNullGraphType<IntGraphType>>("row").Description("The row as the sheet numbers it.").Resolve(c => c.Source.Row);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingSampleRecordType>>>>("records").Description("The records the row makes.").Resolve(c => c.Source.Records);
    }
}

/// <summary>A record as the bundle would hold it.</summary>
public sealed class MappingSampleRecordType : ObjectGraphType<MappingSampleRecord>
{
    public MappingSampleRecordType()
    {
        Name = "MappingSampleRecord";
        Description = "A record a row makes: its name in the mapping, its kind (a bundle file), its non-empty columns.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The record's name in the mapping.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("The bundle file's name without .csv (people, family…).").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingValueType>>>>("values").Description("The bundle columns it fills, in the file's order.").Resolve(c => c.Source.Values);
    }
}

/// <summary>A bundle column's value.</summary>
public sealed class MappingValueType : ObjectGraphType<KeyValuePair<string, string>>
{
    public MappingValueType()
    {
        Name = "MappingValue";
        Description = "A bundle column and the value a record gives it.";
        Field<NonNullGraphType<StringGraphType>>("column").Description("The bundle column.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Description("Its value, as the bundle writes it.").Resolve(c => c.Source.Value);
    }
}

/// <summary>A rejected row or a warning.</summary>
public sealed class RowIssueType : ObjectGraphType<RowIssue>
{
    public RowIssueType()
    {
        Name = "RowIssue";
        Description = "A row an ingest rejects (its facts lost) or keeps with a warning.";
        Field<NonNullGraphType<StringGraphType>>("file").Description("The file, and the sheet after '!'.").Resolve(c => c.Source.File);
        Field<NonNullGraphType<IntGraphType>>("line").Description("The row as the sheet numbers it; 0 for a whole table.").Resolve(c => c.Source.Line);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, naming the delivered column.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("raw").Description("The row's cells as text.").Resolve(c => c.Source.Raw);
        Field<NonNullGraphType<BooleanGraphType>>("rejected").Description("True for a rejection, false for a warning.").Resolve(c => c.Source.Rejected);
    }
}
