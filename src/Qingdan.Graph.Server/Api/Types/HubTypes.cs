using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Server.Api.Types;

public sealed class SweepType : ObjectGraphType<SweepRow>
{
    public SweepType()
    {
        Name = "Sweep";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("trigger").Resolve(c => c.Source.Trigger);
        Field<StringGraphType>("requestedBy").Resolve(c => c.Source.RequestedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("rules").Resolve(c => FindingType.Split(c.Source.Rules));
        Field<NonNullGraphType<StringGraphType>>("parameters").Description("The parameters of RULES.md the sweep ran with, as a JSON object.").Resolve(c => c.Source.Parameters);
        Field<NonNullGraphType<DateTimeGraphType>>("startedAt").Resolve(c => DateTime.SpecifyKind(c.Source.StartedAt, DateTimeKind.Utc));
        Field<DateTimeGraphType>("finishedAt").Resolve(c => c.Source.FinishedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null);
        Field<NonNullGraphType<IntGraphType>>("officials").Resolve(c => c.Source.Officials);
        Field<NonNullGraphType<IntGraphType>>("findings").Resolve(c => c.Source.Findings);
        Field<NonNullGraphType<IntGraphType>>("new").Resolve(c => c.Source.New);
        Field<NonNullGraphType<IntGraphType>>("persisting").Resolve(c => c.Source.Persisting);
        Field<NonNullGraphType<IntGraphType>>("resolved").Resolve(c => c.Source.Resolved);
        Field<NonNullGraphType<IntGraphType>>("reopened").Resolve(c => c.Source.Reopened);
        Field<StringGraphType>("digest").Description("Per rule: counts, and the new and resolved findings by id, as a JSON object.").Resolve(c => c.Source.Digest);
        Field<StringGraphType>("error").Resolve(c => c.Source.Error);
    }
}

public sealed class IngestBatchType : ObjectGraphType<IngestBatch>
{
    public IngestBatchType()
    {
        Name = "IngestBatch";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => $"b_{c.Source.Id}");
        Field<NonNullGraphType<StringGraphType>>("bundleId").Resolve(c => c.Source.BundleId);
        Field<NonNullGraphType<StringGraphType>>("registry").Resolve(c => c.Source.Registry);
        Field<NonNullGraphType<StringGraphType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("mode").Resolve(c => c.Source.Mode);
        Field<DateType>("asOf").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<DateTimeGraphType>>("startedAt").Resolve(c => DateTime.SpecifyKind(c.Source.StartedAt, DateTimeKind.Utc));
        Field<NonNullGraphType<LongGraphType>>("rowsRead").Resolve(c => c.Source.RowsRead);
        Field<NonNullGraphType<LongGraphType>>("rowsAccepted").Resolve(c => c.Source.RowsAccepted);
        Field<NonNullGraphType<LongGraphType>>("rowsRejected").Resolve(c => c.Source.RowsRejected);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RejectedRowType>>>>("rejectedRows").Argument<IntGraphType>("first", a => a.DefaultValue = 100)
            .ResolveAsync(async c =>
            {
                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                var first = Math.Clamp(c.GetArgument("first", 100), 0, 500);
                return (object?)await context.RejectedRows.AsNoTracking().Where(r => r.BatchId == c.Source.Id).OrderBy(r => r.File).ThenBy(r => r.Line).Take(first).ToListAsync(c.CancellationToken);
            });
    }
}

public sealed class RejectedRowType : ObjectGraphType<RejectedRow>
{
    public RejectedRowType()
    {
        Name = "RejectedRow";
        Field<NonNullGraphType<StringGraphType>>("file").Resolve(c => c.Source.File);
        Field<NonNullGraphType<IntGraphType>>("line").Resolve(c => c.Source.Line);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("raw").Description("The row verbatim.").Resolve(c => c.Source.Raw);
    }
}

public sealed class ResolutionCandidateType : ObjectGraphType<ResolutionCandidateRow>
{
    public ResolutionCandidateType()
    {
        Name = "ResolutionCandidate";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => $"rc_{c.Source.Id}");
        Field<NonNullGraphType<IdGraphType>>("recordA").Resolve(c => $"r_{c.Source.RecordAId}");
        Field<NonNullGraphType<IdGraphType>>("recordB").Resolve(c => $"r_{c.Source.RecordBId}");
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => DateTime.SpecifyKind(c.Source.CreatedAt, DateTimeKind.Utc));
    }
}

public sealed class AuditEntryType : ObjectGraphType<Store.Security.AuditRow>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => $"au_{c.Source.Id}");
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(c => DateTime.SpecifyKind(c.Source.At, DateTimeKind.Utc));
        Field<NonNullGraphType<StringGraphType>>("actor").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<StringGraphType>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("operation").Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("entities").Resolve(c => FindingType.Split(c.Source.Entities.Replace(' ', ',')));
        Field<NonNullGraphType<StringGraphType>>("address").Resolve(c => c.Source.Address);
    }
}

public sealed class AuditFilterType : InputObjectGraphType
{
    public AuditFilterType()
    {
        Name = "AuditFilter";
        Field<StringFilterType>("actor");
        Field<StringFilterType>("role");
        Field<StringFilterType>("operation");
        Field<StringFilterType>("entities").Description("The ids read, space-separated: use contains.");
        Field<StringFilterType>("address");
        Field<DateTimeFilterType>("at");
        Field<ListGraphType<NonNullGraphType<AuditFilterType>>>("and");
        Field<ListGraphType<NonNullGraphType<AuditFilterType>>>("or");
        Field<AuditFilterType>("not");
    }
}

/// <summary>The hub's own records: sweeps, ingest batches with rejected rows, resolution candidates, the audit log.</summary>
internal static class HubQueries
{
    public static void Add(ObjectGraphType query, ApiLimits limits)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SweepType>>>>("sweeps").Description("Latest first.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .ResolveAsync(async c =>
            {
                await using var context = Store(c).CreateContext();
                return (object?)await context.Sweeps.AsNoTracking().OrderByDescending(s => s.Id).Take(QueryType.Page(c.GetArgument("first", 20), limits)).ToListAsync(c.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestBatchType>>>>("ingestBatches").Description("Latest first.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .ResolveAsync(async c =>
            {
                await using var context = Store(c).CreateContext();
                return (object?)await context.IngestBatches.AsNoTracking().OrderByDescending(b => b.Id).Take(QueryType.Page(c.GetArgument("first", 20), limits)).ToListAsync(c.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("auditLog")
            .Description("Who read which people and findings, when, from where — newest first. Admins only.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 100).Argument<StringGraphType>("after").Argument<AuditFilterType>("where")
            .Requires()
            .ResolveAsync(async c =>
            {
                var first = QueryType.Page(c.GetArgument("first", 100), limits);
                var offset = FindingConnectionType.Offset(c.GetArgument<string?>("after"));
                await using var context = Store(c).CreateContext();
                return (object?)await context.AuditLog.AsNoTracking().Where(AuditFilter.Build(c.GetArgument<Dictionary<string, object?>?>("where")))
                    .OrderByDescending(a => a.Id).Skip(offset).Take(first).ToListAsync(c.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResolutionCandidateType>>>>("resolutionCandidates").Description("Near matches awaiting a person's decision.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .ResolveAsync(async c =>
            {
                await using var context = Store(c).CreateContext();
                return (object?)await context.ResolutionCandidates.AsNoTracking().OrderBy(r => r.Id).Take(QueryType.Page(c.GetArgument("first", 50), limits)).ToListAsync(c.CancellationToken);
            });
    }

    private static readonly FilterBuilder<Store.Security.AuditRow> AuditFilter = new FilterBuilder<Store.Security.AuditRow>()
        .String("actor", a => a.Actor).String("role", a => a.Role).String("operation", a => a.Operation).String("entities", a => a.Entities)
        .String("address", a => a.Address).DateTime("at", a => a.At);

    private static StoreConnection Store(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<StoreConnection>();
}
