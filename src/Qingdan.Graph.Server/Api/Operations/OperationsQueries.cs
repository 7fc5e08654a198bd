using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Server.Api.Filtering;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>The hub's own records: sweeps, ingest batches with rejected rows, resolution candidates, the audit log.</summary>
internal static class OperationsQueries
{
    private static readonly FilterBuilder<AuditRow> AuditFilter = new FilterBuilder<AuditRow>()
        .String("actor", a => a.Actor).String("role", a => a.Role).String("operation", a => a.Operation).String("entities", a => a.Entities)
        .String("address", a => a.Address).DateTime("at", a => a.At);

    public static void Add(ObjectGraphType query, ApiLimits limits)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SweepType>>>>("sweeps").Description("Latest first.")
            .Argument<IntGraphType>("first", "How many.", a => a.DefaultValue = 20)
            .Unscoped()
            .ResolveAsync(async c =>
            {
                await using var context = Store(c).CreateContext();
                return (object?)await context.Sweeps.AsNoTracking().OrderByDescending(s => s.Id)
                    .Take(Paging.Page(c.GetArgument("first", 20), limits))
                    .ToListAsync(c.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestBatchType>>>>("ingestBatches").Description("Latest first.")
            .Argument<IntGraphType>("first", "How many.", a => a.DefaultValue = 20)
            .Unscoped()
            .ResolveAsync(async c =>
            {
                await using var context = Store(c).CreateContext();
                return (object?)await context.IngestBatches.AsNoTracking().OrderByDescending(b => b.Id)
                    .Take(Paging.Page(c.GetArgument("first", 20), limits))
                    .ToListAsync(c.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("auditLog")
            .Description("Who read which people and findings, when, from where — newest first. Admins only.")
            .Argument<IntGraphType>("first", "How many.", a => a.DefaultValue = 100)
            .Argument<StringGraphType>("after", "Skip the entries before this cursor.")
            .Argument<AuditFilterType>("where", "Which entries.")
            .Requires()
            .Unscoped()
            .ResolveAsync(async c =>
            {
                var first = Paging.Page(c.GetArgument("first", 100), limits);
                var offset = Paging.Offset(c.GetArgument<string?>("after"));
                await using var context = Store(c).CreateContext();
                return (object?)await context.AuditLog.AsNoTracking()
                    .Where(AuditFilter.Build(c.GetArgument<Dictionary<string, object?>?>("where")))
                    .OrderByDescending(a => a.Id)
                    .Skip(offset)
                    .Take(first)
                    .ToListAsync(c.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResolutionCandidateType>>>>("resolutionCandidates")
            .Description("Near matches awaiting a person's decision.")
            .Argument<IntGraphType>("first", "How many.", a => a.DefaultValue = 50)
            .Unscoped()
            .ResolveAsync(async c =>
            {
                await using var context = Store(c).CreateContext();
                var rows = await context.ResolutionCandidates.AsNoTracking().OrderBy(r => r.Id)
                    .Take(Paging.Page(c.GetArgument("first", 50), limits))
                    .ToListAsync(c.CancellationToken);
                return (object?)await ResolutionReview.LoadAsync(context, rows, c.CancellationToken);
            });
    }

    private static StoreConnection Store(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<StoreConnection>();
}
