using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A person of the graph: an official, a relative, an associate, a shareholder.</summary>
public sealed class PersonType : ObjectGraphType<NodeRef>
{
    public PersonType()
    {
        Name = "Person";
        Description
            = "A person as resolution merged the registries' records of them: an official, a relative, an associate, a shareholder.";
        EntityFields.Add(this);
        EntityFields.Redacted(this, "person");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name as the best record states it.").Resolve(c => P(c).Name);
        Field<StringGraphType>("idNumber").Description(
            "Identity number (GB 11643) as the best record states it; masked or invalid forms as stated. Analysts see it masked.")
            .Resolve(c => P(c).IdNumber?.Value);
        Field<IdentifierStatusType>("idNumberStatus").Description("Whether the identity number checks: valid, masked or invalid.")
            .Resolve(c => P(c).IdNumber is { } n ? Wire.Name(n.Status) : null);
        Field<DateType>("birthDate").Description("The day of birth, when known.").Resolve(c => P(c).BirthDate);
        Field<StringGraphType>("birthMonth").Description(
            "The birth month (YYYY-MM) when the registries publish only the month, as cadre records often do; null when the day is known.")
            .Resolve(c => P(c).BirthMonth?.ToString());
        Field<GenderType>("gender").Description("The gender, when stated or encoded in the identity number.")
            .Resolve(c => P(c).Gender is { } g ? Wire.Name(g) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelativeType>>>>("relatives")
            .Description("R(o) of RULES.md: every relation that puts someone among the person's related persons, derived ones included; " +
                "with asOf, only those valid that day.")
            .Argument<DateType>("asOf", "Only the relations valid on this day; all of them when omitted.")
            .Resolve(c => Relatives(c.Source, c.GetArgument<DateOnly?>("asOf")).Select(r => (c.Source, r)));
        EntityFields.Facts(this, "positions", "Posts the person holds or held at agencies.", LinkKind.Position, outgoing: true);
        EntityFields.Facts(this, "holdings", "Shareholdings the person holds.", LinkKind.Ownership, outgoing: true);
        EntityFields.Facts(this, "roles", "Offices and jobs at companies.", LinkKind.Role, outgoing: true);
        EntityFields.Events(this, "decisions", "Decisions the person took part in.", LinkKind.Participation, outgoing: true);
        EntityFields.Facts(
            this,
            "transactions",
            "Money the person paid or received, both directions.",
            LinkKind.Transaction,
            outgoing: null);
        Field<NonNullGraphType<IntGraphType>>("findingCount").Description("How many findings the caller may read the person is the official of.")
            .ResolveAsync(c => Reports.EntityComputed.OneAsync(c, c.Source, "findingCount"));
        Field<NonNullGraphType<IntGraphType>>("relativesInFindings").Description(
                "How many distinct relatives or related persons the evidence of the person's findings passes through.")
            .ResolveAsync(c => Reports.EntityComputed.OneAsync(c, c.Source, "relativesInFindings"));
        Field<NonNullGraphType<DecimalGraphType>>("awardedAmount").Description(
                "The total of the decisions issued by the agencies of the person's posts on a day the person held the post " +
                "(each decision once; 0 for one who is no official).")
            .ResolveAsync(c => Reports.EntityComputed.OneAsync(c, c.Source, "awardedAmount"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Declarations.PersonalReportType>>>>("reports").Description(
            "The person's personal-matters reports (个人有关事项报告), oldest report day first; empty for one who files none.")
            .Resolve(c => c.Source.Snapshot.Reports.Of(c.Source.Id).Select(r => new Declarations.ReportView(c.Source.Snapshot, r)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingType>>>>("findings").Description(
            "Findings in which the person is the official.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<FindingLoader>()
                .ForEntityAsync(c.Source.Id.Value, official: true, c.CancellationToken));
    }

    internal static IEnumerable<RelatedPerson> Relatives(NodeRef node, DateOnly? asOf) =>
        node.Snapshot.RelatedPersons(node.Index).Where(r => r.Relation != "self" && (asOf is not { } day || r.ValidOn(day)));

    private static Person P(IResolveFieldContext<NodeRef> c) => (Person)c.Source.Node;
}
