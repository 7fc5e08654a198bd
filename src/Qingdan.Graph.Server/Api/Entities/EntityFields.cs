using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>Fields every entity type shares: id, every fact touching it.</summary>
internal static class EntityFields
{
    public const string AsOf = "Only the links valid on this day; all of them when omitted.";

    public static void Add(ObjectGraphType<NodeRef> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Canonical entity id (p_, c_, a_, d_ and a number).")
            .Resolve(c => c.Source.Id.ToString());
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("facts")
            .Description(
                "Every link touching the entity, both directions, with its sources; filtered by kind and by the day it is valid on.")
            .Argument<ListGraphType<NonNullGraphType<LinkKindType>>>("kinds", "Only links of these kinds; all kinds when omitted or empty.")
            .Argument<DateType>("asOf", AsOf)
            .Resolve(c => Links(c.Source, c.GetArgument<List<LinkKind>?>("kinds"), c.GetArgument<DateOnly?>("asOf"), null));
    }

    /// <summary><c>redacted</c>: false here; true where the scope middleware draws the node outside the caller's scope.</summary>
    public static void Redacted(ObjectGraphType<NodeRef> type, string what)
    {
        type.Field<NonNullGraphType<BooleanGraphType>>("redacted").Description(
            $"True when the {what} lies outside the caller's scope and is drawn redacted: the id is a placeholder (hidden_1…) " +
            "standing for it in this response only, the name a label, every other field empty.")
            .Resolve(_ => false);
    }

    /// <summary>A list of the entity's links of one kind, in one direction, with an <c>asOf</c> argument.</summary>
    public static void Facts(ObjectGraphType<NodeRef> type, string name, string description, LinkKind kind, bool? outgoing)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>(name).Description(description)
            .Argument<DateType>("asOf", AsOf)
            .Resolve(c => Links(c.Source, [kind], c.GetArgument<DateOnly?>("asOf"), outgoing));
    }

    /// <summary>A list of the entity's links of one kind, in one direction, whatever the day (decisions are events).</summary>
    public static void Events(ObjectGraphType<NodeRef> type, string name, string description, LinkKind kind, bool outgoing)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>(name).Description(description)
            .Resolve(c => Links(c.Source, [kind], null, outgoing));
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
            .Where(l => (kinds is null || kinds.Count == 0 || kinds.Contains(snapshot.LinkKindOf(l)))
                && (asOf is not { } day || snapshot.ValidityOf(l).Contains(day)))
            .Select(l => new LinkRef(snapshot, l));
    }
}
