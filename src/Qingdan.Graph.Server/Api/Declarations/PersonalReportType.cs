using GraphQL.Types;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Server.Api.Entities;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Declarations;

/// <summary>A personal-matters report (个人有关事项报告) as declared, and beside it what the registries show on its day.</summary>
public sealed class PersonalReportType : ObjectGraphType<ReportView>
{
    public PersonalReportType()
    {
        Name = "PersonalReport";
        Description = "A personal-matters report (个人有关事项报告) of an official as its registry states it, its items resolved to the " +
            "graph's entities, and beside it what the registries show on the day it describes (rule REP).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The report's id (pr_ and a number).")
            .Resolve(c => PersonalReport.Written(c.Source.Report.Id));
        Field<NonNullGraphType<StringGraphType>>("registry").Description("The registry that stated it.").Resolve(c => c.Source.Report.Registry);
        Field<NonNullGraphType<StringGraphType>>("ref").Description("The registry's own key for the report.").Resolve(c => c.Source.Report.Ref);
        Field<PersonType>("person").Description("The official whose report it is.").Resolve(c => c.Source.Node(c.Source.Report.Person));
        Field<NonNullGraphType<DateType>>("reportDate").Description("The day whose state of affairs the report describes.")
            .Resolve(c => c.Source.Report.ReportDate);
        Field<DateType>("submittedDate").Description("When it was handed in.").Resolve(c => c.Source.Report.SubmittedDate);
        Field<NonNullGraphType<SourceType>>("source").Description("The row that stated the report.").Resolve(c => c.Source.Report.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonalReportItemType>>>>("items")
            .Description("What the report declares, in the order stated, each with what it resolved to and whether the registries bear it out.")
            .Resolve(c => c.Source.Comparison.Items.Select(i => (c.Source, i)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoveredPersonType>>>>("covered")
            .Description("Whom the report must cover on its day: the official, and each spouse, child and child's spouse whose relation " +
                "holds then, with whether the report lists them.")
            .Resolve(c => c.Source.Comparison.Covered.Select(p => (c.Source, p)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportInterestType>>>>("interests")
            .Description("What the registries show on the report's day: each covered person's shareholdings and senior posts, with " +
                "whether the report declares them. An undeclared one is what rule REP finds.")
            .Resolve(c => c.Source.Comparison.Interests.Select(i => (c.Source, i)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingType>>>>("findings")
            .Description("The REP findings this report is behind.")
            .ResolveAsync(async c =>
            {
                var findings = await c.RequestServices!.GetRequiredService<FindingLoader>()
                    .ForEntityAsync(c.Source.Report.Person.Value, official: true, c.CancellationToken);
                var id = PersonalReport.Written(c.Source.Report.Id);
                return (object?)findings.Where(f => f.Row.Rule == RuleId.REP && f.Body.Reports.Any(r => r.Id == id)).ToList();
            });
    }
}

/// <summary>What a report item declares: its kind.</summary>
public sealed class PersonalReportItemKindType : WordEnumType
{
    public PersonalReportItemKindType()
        : base(
            "PersonalReportItemKind",
            "What an item of a personal-matters report declares.",
            ("relative", "A family member the report lists, with the relation it gives."),
            ("holding", "An investment of the person in the company."),
            ("post", "A post the person holds at the company."))
    {
    }
}

/// <summary>One item of a report, resolved.</summary>
public sealed class PersonalReportItemType : ObjectGraphType<(ReportView Report, ReportItemCheck Check)>
{
    public PersonalReportItemType()
    {
        Name = "PersonalReportItem";
        Description = "An item of a personal-matters report: a relative it lists, or a holding or post of a person at a company.";
        Field<NonNullGraphType<PersonalReportItemKindType>>("kind").Description("What the item declares.")
            .Resolve(c => Core.Model.Wire.Name(c.Source.Check.Item.Kind));
        Field<PersonType>("person").Description("The person the item names, as resolution matched the record.")
            .Resolve(c => c.Source.Report.Node(c.Source.Check.Item.Person));
        Field<StringGraphType>("relation").Description("For a relative: the relation the report gives (spouse, child…).")
            .Resolve(c => c.Source.Check.Item.Relation);
        Field<CompanyType>("company").Description("For a holding or post: the company, as resolution matched the record.")
            .Resolve(c => c.Source.Report.Node(c.Source.Check.Item.Company));
        Field<NonNullGraphType<BooleanGraphType>>("shown").Description(
            "Whether the registries bear the item out on the report's day: a listed relative is then a spouse, child or child's spouse; " +
                "a holding or post, a shareholding or senior post the registries show then (as either kind).")
            .Resolve(c => c.Source.Check.Shown);
        Field<NonNullGraphType<SourceType>>("source").Description("The row that stated the item.").Resolve(c => c.Source.Check.Item.Source);
    }
}

/// <summary>A person a report must cover.</summary>
public sealed class CoveredPersonType : ObjectGraphType<(ReportView Report, CoveredPerson Person)>
{
    public CoveredPersonType()
    {
        Name = "PersonalReportCovered";
        Description = "A person a personal-matters report must cover on its day.";
        Field<NonNullGraphType<PersonType>>("person").Description("The official, or the relative.")
            .Resolve(c => new NodeRef(c.Source.Report.Snapshot, c.Source.Person.Node));
        Field<NonNullGraphType<StringGraphType>>("relation").Description("self, spouse, child or child_spouse.")
            .Resolve(c => c.Source.Person.Relation);
        Field<NonNullGraphType<BooleanGraphType>>("listed").Description("Whether the report lists the person (the official always).")
            .Resolve(c => c.Source.Person.Listed);
    }
}

/// <summary>An interest the registries show on a report's day.</summary>
public sealed class ReportInterestType : ObjectGraphType<(ReportView Report, ReportInterest Interest)>
{
    public ReportInterestType()
    {
        Name = "PersonalReportInterest";
        Description = "A shareholding or senior post of a covered person that the registries show on a report's day.";
        Field<NonNullGraphType<PersonType>>("person").Description("Who holds it.")
            .Resolve(c => new NodeRef(c.Source.Report.Snapshot, c.Source.Interest.Person));
        Field<NonNullGraphType<StringGraphType>>("relation").Description("How the person is covered: self, spouse, child or child_spouse.")
            .Resolve(c => c.Source.Interest.Relation);
        Field<NonNullGraphType<CompanyType>>("company").Description("The company.")
            .Resolve(c => new NodeRef(c.Source.Report.Snapshot, c.Source.Interest.Company));
        Field<NonNullGraphType<FactType>>("fact").Description("The registry's link: the shareholding or the post, with its sources.")
            .Resolve(c => new LinkRef(c.Source.Report.Snapshot, c.Source.Interest.Link));
        Field<NonNullGraphType<BooleanGraphType>>("declared").Description("Whether an item of the report declares it (as either kind).")
            .Resolve(c => c.Source.Interest.Declared);
    }
}
