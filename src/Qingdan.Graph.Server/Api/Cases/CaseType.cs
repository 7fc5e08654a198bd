using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Entities;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Cases;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>An investigation: its findings and entities, who works it, and its history.</summary>
public sealed class CaseType : ObjectGraphType<CaseView>
{
    public CaseType()
    {
        Name = "Case";
        Description = "An investigation grouping findings and entities, with its status, assignees, notes and history (docs/cases.md). " +
            "A scoped caller sees only the findings and entities their scope keeps, and the counts count only those.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The case's id (k_ and a number).").Resolve(c => c.Source.Row.Name);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The case's title.").Resolve(c => c.Source.Row.Title);
        Field<StringGraphType>("description").Description("What the case is about; null when none.")
            .Resolve(c => c.Source.Row.Description);
        Field<NonNullGraphType<CaseStatusType>>("status").Description("Where it stands.").Resolve(c => c.Source.Row.Status);
        Field<NonNullGraphType<StringGraphType>>("createdBy").Description("Who opened it.").Resolve(c => c.Source.Row.CreatedBy);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was opened (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.Row.CreatedAt, DateTimeKind.Utc));
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Description("When it last changed (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.Row.UpdatedAt, DateTimeKind.Utc));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("assignees").Description(
            "Who works it, first assigned first.").Resolve(c => c.Source.Summary.Assignees);
        Field<NonNullGraphType<IntGraphType>>("findingCount").Description("How many findings it holds.")
            .Resolve(c => c.Source.Summary.FindingCount);
        Field<NonNullGraphType<IntGraphType>>("entityCount").Description("How many people, companies and agencies it holds.")
            .Resolve(c => c.Source.Summary.Entities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TriageCountType>>>>("triageCounts").Description(
            "Its findings by triage status: every status, in order, with its count.").Resolve(c => c.Source.Summary.Findings.ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingType>>>>("findings").Description(
            "Its findings, first added first.").ResolveAsync(async c =>
            {
                var view = await Scope(c);
                var rows = await Work(c).FindingsAsync(c.Source.Row.Id, c.CancellationToken);
                var kept = rows.Where(r => view is null || RequestScope.Sees(view, r)).ToList();
                c.RequestServices!.GetRequiredService<FindingLoader>().Register(kept.Select(r => r.Id));
                return (object?)kept.ConvertAll(r => new FindingView(r));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("entities").Description(
            "Its people, companies and agencies, first added first (those no longer in the graph left out).").ResolveAsync(async c =>
            {
                var view = await Scope(c);
                var graph = c.RequestServices!.GetRequiredService<RequestGraph>();
                var nodes = new List<NodeRef>();
                foreach (var id in await Work(c).EntitiesAsync(c.Source.Row.Id, c.CancellationToken))
                {
                    if (await graph.NodeAsync(id, c.CancellationToken) is { } node && view?.Sees(node.Index) != false)
                    {
                        nodes.Add(node);
                    }
                }

                return (object?)nodes;
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseEventType>>>>("history").Description(
            "Its notes and changes, oldest first; a scoped caller's leaves out entries about findings and entities outside.")
            .ResolveAsync(async c =>
            {
                var history = await Work(c).HistoryAsync(c.Source.Row.Id, c.CancellationToken);
                if (await Scope(c) is not { } view)
                {
                    return (object?)history;
                }

                var ids = history.Where(e => e.FindingId is not null).Select(e => e.FindingId!.Value).Distinct().ToList();
                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                var hidden = (await context.Findings.AsNoTracking().Where(f => ids.Contains(f.Id)).ToListAsync(c.CancellationToken))
                    .Where(f => !RequestScope.Sees(view, f)).Select(f => f.Id).ToHashSet();
                return history.Where(e => (e.FindingId is not { } f || !hidden.Contains(f))
                    && (e.EntityId is not { } id || !EntityId.TryParse(id, out var entity) || view.Sees(entity.Value))).ToList();
            });
    }

    private static Casework Work(IResolveFieldContext c) => new(
        c.RequestServices!.GetRequiredService<StoreConnection>(),
        c.RequestServices!.GetRequiredService<TimeProvider>());

    private static Task<ScopeView?> Scope(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<RequestScope>().ViewAsync(c);
}
