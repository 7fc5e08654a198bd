using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Server.Api.Types;

/// <summary>Any node of the graph.</summary>
public sealed class EntityType : UnionGraphType
{
    public EntityType()
    {
        Name = "Entity";
        Description = "A person, company, agency or decision.";
        Type<PersonType>();
        Type<CompanyType>();
        Type<AgencyType>();
        Type<DecisionType>();
        ResolveType = value => ((NodeRef)value).Kind switch
        {
            NodeKind.Person => new GraphQLTypeReference("Person"),
            NodeKind.Company => new GraphQLTypeReference("Company"),
            NodeKind.Agency => new GraphQLTypeReference("Agency"),
            _ => new GraphQLTypeReference("Decision"),
        };
    }
}

/// <summary>The link kinds of the model.</summary>
public sealed class LinkKindType : EnumerationGraphType<LinkKind>
{
    public LinkKindType()
    {
        Name = "LinkKind";
    }
}

/// <summary>Fields every entity type shares: id, every fact touching it.</summary>
internal static class EntityFields
{
    public static void Add(ObjectGraphType<NodeRef> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Canonical entity id (p_, c_, a_, d_ and a number).").Resolve(c => c.Source.Id.ToString());
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("facts")
            .Description("Every link touching the entity, both directions, with its sources; filtered by kind and by the day it is valid on.")
            .Argument<ListGraphType<NonNullGraphType<LinkKindType>>>("kinds")
            .Argument<DateType>("asOf")
            .Resolve(c => Links(c.Source, c.GetArgument<List<LinkKind>?>("kinds"), c.GetArgument<DateOnly?>("asOf"), null));
    }

    public static IEnumerable<LinkRef> Links(NodeRef node, IReadOnlyCollection<LinkKind>? kinds, DateOnly? asOf, bool? outgoing)
    {
        var snapshot = node.Snapshot;
        var links = outgoing switch
        {
            true => snapshot.LinksFrom(node.Index),
            false => snapshot.LinksTo(node.Index),
            null => snapshot.LinksFrom(node.Index).Concat(snapshot.LinksTo(node.Index)).Distinct(),
        };
        return links
            .Where(l => kinds is null || kinds.Count == 0 || kinds.Contains(snapshot.LinkKindOf(l)))
            .Where(l => asOf is not { } day || snapshot.ValidityOf(l).Contains(day))
            .Select(l => new LinkRef(snapshot, l));
    }
}

public sealed class PersonType : ObjectGraphType<NodeRef>
{
    public PersonType()
    {
        Name = "Person";
        EntityFields.Add(this);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => P(c).Name);
        Field<StringGraphType>("idNumber").Description("Identity number (GB 11643) as the best record states it; masked or invalid forms as stated. Analysts see it masked.")
            .Resolve(c => Security.Access.IsAnalyst(c) ? Security.Access.Mask(P(c).IdNumber?.Value) : P(c).IdNumber?.Value);
        Field<StringGraphType>("idNumberStatus").Description("valid, masked or invalid.").Resolve(c => P(c).IdNumber is { } n ? Wire.Name(n.Status) : null);
        Field<DateType>("birthDate").Resolve(c => P(c).BirthDate);
        Field<StringGraphType>("birthMonth").Description("The birth month (YYYY-MM) when the registries publish only the month, as cadre records often do; null when the day is known.")
            .Resolve(c => P(c).BirthMonth?.ToString());
        Field<StringGraphType>("gender").Resolve(c => P(c).Gender is { } g ? Wire.Name(g) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelativeType>>>>("relatives")
            .Description("R(o) of RULES.md: every relation that puts someone among the person's related persons, derived ones included; with asOf, only those valid that day.")
            .Argument<DateType>("asOf")
            .Resolve(c => Relatives(c.Source, c.GetArgument<DateOnly?>("asOf")).Select(r => (c.Source, r)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("positions").Argument<DateType>("asOf")
            .Resolve(c => EntityFields.Links(c.Source, [LinkKind.Position], c.GetArgument<DateOnly?>("asOf"), outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("holdings").Description("Shareholdings the person holds.").Argument<DateType>("asOf")
            .Resolve(c => EntityFields.Links(c.Source, [LinkKind.Ownership], c.GetArgument<DateOnly?>("asOf"), outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("roles").Description("Offices and jobs at companies.").Argument<DateType>("asOf")
            .Resolve(c => EntityFields.Links(c.Source, [LinkKind.Role], c.GetArgument<DateOnly?>("asOf"), outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("decisions").Description("Decisions the person took part in.")
            .Resolve(c => EntityFields.Links(c.Source, [LinkKind.Participation], null, outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("transactions").Argument<DateType>("asOf")
            .Resolve(c => EntityFields.Links(c.Source, [LinkKind.Transaction], c.GetArgument<DateOnly?>("asOf"), outgoing: null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingType>>>>("findings").Description("Findings in which the person is the official.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<FindingLoader>().ForEntityAsync(c.Source.Id.Value, official: true, c.CancellationToken));
    }

    internal static IEnumerable<RelatedPerson> Relatives(NodeRef node, DateOnly? asOf) =>
        node.Snapshot.RelatedPersons(node.Index).Where(r => r.Relation != "self" && (asOf is not { } day || r.ValidOn(day)));

    private static Person P(IResolveFieldContext<NodeRef> c) => (Person)c.Source.Node;
}

public sealed class CompanyType : ObjectGraphType<NodeRef>
{
    public CompanyType()
    {
        Name = "Company";
        EntityFields.Add(this);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => Co(c).Name);
        Field<StringGraphType>("creditCode").Description("Unified social credit code (GB 32100).").Resolve(c => Co(c).CreditCode?.Value);
        Field<StringGraphType>("creditCodeStatus").Resolve(c => Co(c).CreditCode is { } code ? Wire.Name(code.Status) : null);
        Field<NonNullGraphType<BooleanGraphType>>("listed").Resolve(c => Co(c).Listed);
        Field<StringGraphType>("regionCode").Resolve(c => Co(c).RegionCode);
        Field<StringGraphType>("industry").Resolve(c => Co(c).Industry);
        Field<StringGraphType>("status").Resolve(c => Co(c).Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("shareholders").Argument<DateType>("asOf")
            .Resolve(c => EntityFields.Links(c.Source, [LinkKind.Ownership], c.GetArgument<DateOnly?>("asOf"), outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("holdings").Description("Stakes this company holds in others.").Argument<DateType>("asOf")
            .Resolve(c => EntityFields.Links(c.Source, [LinkKind.Ownership], c.GetArgument<DateOnly?>("asOf"), outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("officers").Argument<DateType>("asOf")
            .Resolve(c => EntityFields.Links(c.Source, [LinkKind.Role], c.GetArgument<DateOnly?>("asOf"), outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UltimateOwnerType>>>>("ultimateOwners")
            .Description("People whose effective ownership (product along chains, summed) reaches minShare on the day, with the chains (股权穿透).")
            .Argument<DateType>("asOf").Argument<FloatGraphType>("minShare", a => a.DefaultValue = 0.25)
            .Resolve(c => QueryType.Owners(c.Source, c.GetArgument<DateOnly?>("asOf"), c.GetArgument("minShare", 0.25)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("decisions").Description("Decisions that benefit the company.")
            .Resolve(c => EntityFields.Links(c.Source, [LinkKind.Beneficiary], null, outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingType>>>>("findings").Description("Findings about the company.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<FindingLoader>().ForEntityAsync(c.Source.Id.Value, official: false, c.CancellationToken));
    }

    private static Company Co(IResolveFieldContext<NodeRef> c) => (Company)c.Source.Node;
}

public sealed class AgencyType : ObjectGraphType<NodeRef>
{
    public AgencyType()
    {
        Name = "Agency";
        EntityFields.Add(this);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => A(c).Name);
        Field<StringGraphType>("regionCode").Resolve(c => A(c).RegionCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sectors").Resolve(c => A(c).Sectors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("staff").Description("Posts at the agency.").Argument<DateType>("asOf")
            .Resolve(c => EntityFields.Links(c.Source, [LinkKind.Position], c.GetArgument<DateOnly?>("asOf"), outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("decisions").Resolve(c => EntityFields.Links(c.Source, [LinkKind.Issued], null, outgoing: true));
    }

    private static Agency A(IResolveFieldContext<NodeRef> c) => (Agency)c.Source.Node;
}

public sealed class DecisionType : ObjectGraphType<NodeRef>
{
    public DecisionType()
    {
        Name = "Decision";
        EntityFields.Add(this);
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(c => D(c).Kind);
        Field<StringGraphType>("title").Resolve(c => D(c).Title);
        Field<DecimalGraphType>("amount").Resolve(c => D(c).Amount);
        Field<StringGraphType>("currency").Resolve(c => D(c).Currency);
        Field<DateType>("appliedDate").Resolve(c => D(c).AppliedDate);
        Field<NonNullGraphType<DateType>>("decidedDate").Resolve(c => D(c).DecidedDate);
        Field<StringGraphType>("method").Resolve(c => D(c).Method is { } m ? Wire.Name(m) : null);
        Field<IntGraphType>("bidders").Resolve(c => D(c).Bidders);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("issuedBy").Resolve(c => EntityFields.Links(c.Source, [LinkKind.Issued], null, outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("beneficiaries").Resolve(c => EntityFields.Links(c.Source, [LinkKind.Beneficiary], null, outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("participants").Resolve(c => EntityFields.Links(c.Source, [LinkKind.Participation], null, outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("tenders").Resolve(c => EntityFields.Links(c.Source, [LinkKind.Bid], null, outgoing: false));
    }

    private static Decision D(IResolveFieldContext<NodeRef> c) => (Decision)c.Source.Node;
}

/// <summary>A link with its validity, properties and every source row.</summary>
public sealed class FactType : ObjectGraphType<LinkRef>
{
    public FactType()
    {
        Name = "Fact";
        Description = "A dated link between two entities, as the registries state it.";
        Field<NonNullGraphType<LinkKindType>>("kind").Resolve(c => c.Source.Fact.Kind);
        Field<NonNullGraphType<EntityType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<EntityType>>("to").Resolve(c => c.Source.To);
        Field<StringGraphType>("detail").Description("Relation, associate kind, role, participation role or transaction kind.").Resolve(c => c.Source.Fact.Detail);
        Field<DateType>("validFrom").Resolve(c => c.Source.Fact.Start);
        Field<DateType>("validTo").Resolve(c => c.Source.Fact.End);
        Field<FloatGraphType>("share").Resolve(c => c.Source.Fact.Share);
        Field<DecimalGraphType>("amount").Resolve(c => c.Source.Fact.Amount);
        Field<DecimalGraphType>("monthlySalary").Resolve(c => c.Source.Fact.MonthlySalary);
        Field<BooleanGraphType>("nominal").Resolve(c => c.Source.Fact.Nominal);
        Field<StringGraphType>("title").Resolve(c => c.Source.Fact.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Resolve(c => c.Source.Snapshot.SourcesOf(c.Source.Link));
    }
}

public sealed class SourceType : ObjectGraphType<SourceRef>
{
    public SourceType()
    {
        Name = "Source";
        Description = "A registry row: the bundle, the file in it, the line (the header is line 1).";
        Field(s => s.Bundle);
        Field(s => s.File);
        Field(s => s.Line);
    }
}

public sealed class RelativeType : ObjectGraphType<(NodeRef Official, RelatedPerson Related)>
{
    public RelativeType()
    {
        Name = "Relative";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => new NodeRef(c.Source.Official.Snapshot, c.Source.Related.Node));
        Field<NonNullGraphType<StringGraphType>>("relation").Resolve(c => c.Source.Related.Relation);
        Field<DateType>("validFrom").Resolve(c => c.Source.Related.Validity.Start);
        Field<DateType>("validTo").Resolve(c => c.Source.Related.Validity.End);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("links").Description("The links the relation rests on, from the person asked about.")
            .Resolve(c => c.Source.Related.Links.Select(l => new LinkRef(c.Source.Official.Snapshot, l)));
    }
}

public sealed class UltimateOwnerType : ObjectGraphType<(GraphSnapshot Snapshot, UltimateOwner Owner)>
{
    public UltimateOwnerType()
    {
        Name = "UltimateOwner";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => new NodeRef(c.Source.Snapshot, c.Source.Owner.Person));
        Field<NonNullGraphType<FloatGraphType>>("share").Resolve(c => c.Source.Owner.Share);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>>>("chains")
            .Resolve(c => c.Source.Owner.Chains.Select(chain => chain.Links.Select(l => new LinkRef(c.Source.Snapshot, l))));
    }
}

public sealed class PathType : ObjectGraphType<(GraphSnapshot Snapshot, GraphPath Path)>
{
    public PathType()
    {
        Name = "Path";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("nodes").Resolve(c => c.Source.Path.Nodes.Select(n => new NodeRef(c.Source.Snapshot, n)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("links").Resolve(c => c.Source.Path.Links.Select(l => new LinkRef(c.Source.Snapshot, l)));
    }
}

public sealed class PathsType : ObjectGraphType<(GraphSnapshot Snapshot, PathResult Result)>
{
    public PathsType()
    {
        Name = "Paths";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("paths").Resolve(c => c.Source.Result.Paths.Select(p => (c.Source.Snapshot, p)));
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when maxPaths cut the list.").Resolve(c => c.Source.Result.Truncated);
    }
}

public sealed class NetworkType : ObjectGraphType<(GraphSnapshot Snapshot, NeighbourhoodResult Result)>
{
    public NetworkType()
    {
        Name = "Network";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("nodes").Resolve(c => c.Source.Result.Nodes.Select(n => new NodeRef(c.Source.Snapshot, n)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("links").Resolve(c => c.Source.Result.Links.Select(l => new LinkRef(c.Source.Snapshot, l)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoreType>>>>("more").Description("Links past the cap, counted per node and kind (\"and N more\").")
            .Resolve(c => c.Source.Result.More.SelectMany(m => m.Value.Select(k => (new NodeRef(c.Source.Snapshot, m.Key), k.Key, k.Value))));
    }
}

public sealed class MoreType : ObjectGraphType<(NodeRef Node, LinkKind Kind, int Count)>
{
    public MoreType()
    {
        Name = "More";
        Field<NonNullGraphType<EntityType>>("node").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<LinkKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}

/// <summary>A calendar day, <c>yyyy-MM-dd</c>.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar day, yyyy-MM-dd.";
    }
}
