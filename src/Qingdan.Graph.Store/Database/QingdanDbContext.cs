using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Cases;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Notifications;
using Qingdan.Graph.Store.Reports;
using Qingdan.Graph.Store.Resolution;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Store.Database;

/// <summary>
/// The system of record. One model for both providers; each provider has its own subclass only so
/// that it can carry its own migrations (<see cref="PostgresQingdanDbContext"/>, <see cref="SqliteQingdanDbContext"/>).
/// </summary>
public abstract partial class QingdanDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<IngestBatch> IngestBatches => Set<IngestBatch>();

    public DbSet<RejectedRow> RejectedRows => Set<RejectedRow>();

    public DbSet<IngestWarning> IngestWarnings => Set<IngestWarning>();

    public DbSet<SourceRecord> SourceRecords => Set<SourceRecord>();

    public DbSet<MatchDecisionRow> MatchDecisions => Set<MatchDecisionRow>();

    public DbSet<ResolutionCandidateRow> ResolutionCandidates => Set<ResolutionCandidateRow>();

    public DbSet<ResolutionEvent> ResolutionEvents => Set<ResolutionEvent>();

    public DbSet<EntityRedirect> EntityRedirects => Set<EntityRedirect>();

    public DbSet<NodeRow> Nodes => Set<NodeRow>();

    public DbSet<PersonRow> People => Set<PersonRow>();

    public DbSet<CompanyRow> Companies => Set<CompanyRow>();

    public DbSet<AgencyRow> Agencies => Set<AgencyRow>();

    public DbSet<DecisionRow> Decisions => Set<DecisionRow>();

    public DbSet<LinkRow> Links => Set<LinkRow>();

    public DbSet<PersonalReportRow> PersonalReports => Set<PersonalReportRow>();

    public DbSet<PersonalReportItemRow> PersonalReportItems => Set<PersonalReportItemRow>();

    public DbSet<SweepRow> Sweeps => Set<SweepRow>();

    public DbSet<FindingRow> Findings => Set<FindingRow>();

    public DbSet<FindingEventRow> FindingEvents => Set<FindingEventRow>();

    public DbSet<SweepFindingRow> SweepFindings => Set<SweepFindingRow>();

    public DbSet<LeaseRow> Leases => Set<LeaseRow>();

    public DbSet<ApiKeyRow> ApiKeys => Set<ApiKeyRow>();

    public DbSet<AuditRow> AuditLog => Set<AuditRow>();

    public DbSet<SnapshotImagePart> SnapshotImages => Set<SnapshotImagePart>();

    public DbSet<GraphChangeRow> GraphChanges => Set<GraphChangeRow>();

    public DbSet<GraphChangeSetRow> GraphChangeSets => Set<GraphChangeSetRow>();

    public DbSet<SweepFootprintRow> SweepFootprints => Set<SweepFootprintRow>();

    public DbSet<WatchRow> Watches => Set<WatchRow>();

    public DbSet<NotificationRow> Notifications => Set<NotificationRow>();

    public DbSet<WebhookRow> Webhooks => Set<WebhookRow>();

    public DbSet<WebhookDeliveryRow> WebhookDeliveries => Set<WebhookDeliveryRow>();

    public DbSet<NotificationCursorRow> NotificationCursors => Set<NotificationCursorRow>();

    public DbSet<CaseRow> Cases => Set<CaseRow>();

    public DbSet<CaseFindingRow> CaseFindings => Set<CaseFindingRow>();

    public DbSet<CaseEntityRow> CaseEntities => Set<CaseEntityRow>();

    public DbSet<CaseAssigneeRow> CaseAssignees => Set<CaseAssigneeRow>();

    public DbSet<CaseEventRow> CaseEvents => Set<CaseEventRow>();

    public DbSet<SavedReportRow> SavedReports => Set<SavedReportRow>();

    public DbSet<ReportRunRow> ReportRuns => Set<ReportRunRow>();

    /// <summary>Which database this context talks to.</summary>
    public abstract StoreProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<IngestBatch>(batch =>
        {
            batch.ToTable("ingest_batches");
            batch.Property(b => b.BundleId).HasMaxLength(200);
            batch.Property(b => b.Registry).HasMaxLength(100);
            batch.Property(b => b.Mode).HasMaxLength(20);
            batch.Property(b => b.Encoding).HasMaxLength(20);
            batch.Property(b => b.Status).HasConversion<WireWordConverter<IngestBatchStatus>>().HasMaxLength(20);
            batch.Property(b => b.ContentHash).HasMaxLength(64);
            batch.HasIndex(b => new { b.BundleId, b.ContentHash });
            batch.HasMany(b => b.RejectedRows).WithOne().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RejectedRow>(row =>
        {
            row.ToTable("rejected_rows");
            row.HasIndex(r => new { r.BatchId, r.File, r.Line });
        });

        modelBuilder.Entity<IngestWarning>(warning =>
        {
            warning.ToTable("ingest_warnings");
            warning.HasOne<IngestBatch>().WithMany().HasForeignKey(w => w.BatchId).OnDelete(DeleteBehavior.Cascade);
            warning.HasIndex(w => new { w.BatchId, w.File, w.Line });
        });

        modelBuilder.Entity<MatchDecisionRow>(decision =>
        {
            decision.ToTable("match_decisions");
            decision.Property(d => d.DecidedBy).HasMaxLength(200);
            decision.HasOne<SourceRecord>().WithMany().HasForeignKey(d => d.RecordAId).OnDelete(DeleteBehavior.Restrict);
            decision.HasOne<SourceRecord>().WithMany().HasForeignKey(d => d.RecordBId).OnDelete(DeleteBehavior.Restrict);
            decision.HasIndex(d => new { d.RecordAId, d.RecordBId });
        });

        modelBuilder.Entity<ResolutionCandidateRow>(candidate =>
        {
            candidate.ToTable("resolution_candidates");
            candidate.HasOne<SourceRecord>().WithMany().HasForeignKey(c => c.RecordAId).OnDelete(DeleteBehavior.Cascade);
            candidate.HasOne<SourceRecord>().WithMany().HasForeignKey(c => c.RecordBId).OnDelete(DeleteBehavior.Cascade);
            candidate.HasIndex(c => new { c.RecordAId, c.RecordBId }).IsUnique();
        });

        modelBuilder.Entity<ResolutionEvent>(resolutionEvent =>
        {
            resolutionEvent.ToTable("resolution_events");
            resolutionEvent.Property(e => e.Rule).HasMaxLength(30);
            resolutionEvent.HasIndex(e => e.RecordId);
        });

        modelBuilder.Entity<EntityRedirect>(redirect =>
        {
            redirect.ToTable("entity_redirects");
            redirect.HasKey(r => r.FromEntityId);
            redirect.Property(r => r.FromEntityId).ValueGeneratedNever();
        });

        modelBuilder.Entity<SourceRecord>(record =>
        {
            record.ToTable("source_records");
            record.Property(r => r.Kind).HasConversion<byte>();
            record.Property(r => r.IdentifierStatus).HasConversion<string>().HasMaxLength(10);
            record.Property(r => r.Gender).HasConversion<string>().HasMaxLength(10);
            record.Property(r => r.Method).HasConversion<string>().HasMaxLength(20);
            record.Property(r => r.Amount).HasPrecision(20, 2);
            // No foreign keys on the two bulk tables (records, links): a per-row constraint check costs more than
            // the insert itself at ingest volume (measured 5 checks ≈ 70 µs a link row on PostgreSQL). The ingest
            // writes them only inside its transaction and the store tests check their references after every case.
            record.Property(r => r.Registry).HasMaxLength(100);
            record.Property(r => r.ResolvedBy).HasMaxLength(30);
            record.HasIndex(r => new { r.Registry, r.Kind, r.Ref }).IsUnique();
            record.HasIndex(r => r.EntityId);
            // Scoped resolution gathers a batch's name and identifier groups: records by name, by identifier.
            record.HasIndex(r => new { r.Kind, r.NormalizedName });
            record.HasIndex(r => new { r.Kind, r.Identifier });
        });

        modelBuilder.Entity<NodeRow>(node =>
        {
            node.ToTable("nodes");
            node.HasDiscriminator(n => n.Kind)
                .HasValue<PersonRow>(NodeKind.Person)
                .HasValue<CompanyRow>(NodeKind.Company)
                .HasValue<AgencyRow>(NodeKind.Agency)
                .HasValue<DecisionRow>(NodeKind.Decision);
            node.Property(n => n.Kind).HasConversion<byte>();
            node.HasIndex(n => new { n.Kind, n.NormalizedName });
        });
        modelBuilder.Entity<PersonRow>(person =>
        {
            person.Property(p => p.IdNumberStatus).HasConversion<string>().HasMaxLength(10);
            person.Property(p => p.Gender).HasConversion<string>().HasMaxLength(10);
            person.Property(p => p.IdNumber).HasMaxLength(18);
            person.HasIndex(p => p.IdNumber);
        });
        modelBuilder.Entity<CompanyRow>(company =>
        {
            // Companies and agencies both have a credit code and a region; they share the columns.
            company.Property(c => c.CreditCode).HasColumnName("credit_code").HasMaxLength(18);
            company.Property(c => c.CreditCodeStatus).HasColumnName("credit_code_status").HasConversion<string>().HasMaxLength(10);
            company.Property(c => c.RegionCode).HasColumnName("region_code").HasMaxLength(6);
            company.HasIndex(c => c.CreditCode);
        });
        modelBuilder.Entity<AgencyRow>(agency =>
        {
            agency.Property(a => a.CreditCode).HasColumnName("credit_code").HasMaxLength(18);
            agency.Property(a => a.CreditCodeStatus).HasColumnName("credit_code_status").HasConversion<string>().HasMaxLength(10);
            agency.Property(a => a.RegionCode).HasColumnName("region_code").HasMaxLength(6);
        });
        modelBuilder.Entity<DecisionRow>(decision =>
        {
            decision.Property(d => d.DecisionKind).HasMaxLength(50);
            decision.Property(d => d.Method).HasConversion<string>().HasMaxLength(20);
            decision.Property(d => d.Amount).HasPrecision(20, 2);
        });

        modelBuilder.Entity<LinkRow>(link =>
        {
            link.ToTable("links");
            link.Property(l => l.Kind).HasConversion<byte>();
            link.Property(l => l.Detail).HasMaxLength(40);
            link.Property(l => l.Registry).HasMaxLength(100);
            link.HasIndex(l => l.FactKey).IsUnique();
            link.Property(l => l.Amount).HasPrecision(20, 2);
            link.Property(l => l.MonthlySalary).HasPrecision(14, 2);
            // Few indexes, each paid on every ingested row: the upsert key and the two endpoints (what an
            // entity page reads). Record-side lookups (re-pointing after a merge) are rare and scan with a hash join.
            link.HasIndex(l => l.FromEntityId);
            link.HasIndex(l => l.ToEntityId);
        });

        modelBuilder.Entity<PersonalReportRow>(report =>
        {
            report.ToTable("personal_reports");
            report.Property(r => r.Registry).HasMaxLength(100);
            report.Property(r => r.Ref).HasMaxLength(200);
            report.HasIndex(r => new { r.Registry, r.Ref }).IsUnique();
            report.HasIndex(r => r.PersonRecordId);
        });

        modelBuilder.Entity<PersonalReportItemRow>(item =>
        {
            item.ToTable("personal_report_items");
            item.Property(i => i.Registry).HasMaxLength(100);
            item.Property(i => i.ReportRef).HasMaxLength(200);
            item.Property(i => i.Item).HasMaxLength(10);
            item.Property(i => i.Relation).HasMaxLength(40);
            item.HasIndex(i => i.FactKey).IsUnique();
            item.HasIndex(i => new { i.Registry, i.ReportRef });
            // A patch reloads the reports whose items name a touched entity: found from its records.
            item.HasIndex(i => i.PersonRecordId);
            item.HasIndex(i => i.CompanyRecordId);
        });

        modelBuilder.Entity<SweepRow>(sweep =>
        {
            sweep.ToTable("sweeps");
            sweep.Property(s => s.Status).HasConversion<WireWordConverter<SweepStatus>>().HasMaxLength(20);
            sweep.Property(s => s.Trigger).HasConversion<WireWordConverter<SweepTrigger>>().HasMaxLength(20);
            sweep.Property(s => s.RequestedBy).HasMaxLength(200);
            sweep.Property(s => s.Rules).HasMaxLength(40);
            sweep.HasIndex(s => s.StartedAt);
        });

        modelBuilder.Entity<FindingRow>(finding =>
        {
            finding.ToTable("findings");
            // The rule by name (NL9), the vocabulary words by their wire word (in_progress): what the columns held as strings.
            finding.Property(f => f.Rule).HasConversion<string>().HasMaxLength(8);
            finding.Property(f => f.Variants).HasMaxLength(100);
            finding.Property(f => f.Severity).HasConversion<WireWordConverter<Severity>>().HasMaxLength(10);
            finding.Property(f => f.Relations).HasMaxLength(200);
            finding.Property(f => f.TriageStatus).HasConversion<WireWordConverter<TriageStatus>>().HasMaxLength(20);
            finding.Property(f => f.Assignee).HasMaxLength(200);
            finding.Property(f => f.Amount).HasPrecision(20, 2);
            finding.HasIndex(f => new { f.Rule, f.OfficialId, f.CompanyId }).IsUnique();
            finding.HasIndex(f => f.OfficialId);
            finding.HasIndex(f => f.CompanyId);
            finding.HasIndex(f => new { f.TriageStatus, f.Active });
        });

        modelBuilder.Entity<FindingEventRow>(item =>
        {
            item.ToTable("finding_events");
            item.Property(e => e.Kind).HasConversion<WireWordConverter<FindingEventKind>>().HasMaxLength(20);
            item.Property(e => e.Actor).HasMaxLength(200);
            item.Property(e => e.FromStatus).HasConversion<WireWordConverter<TriageStatus>>().HasMaxLength(20);
            item.Property(e => e.ToStatus).HasConversion<WireWordConverter<TriageStatus>>().HasMaxLength(20);
            item.HasOne<FindingRow>().WithMany().HasForeignKey(e => e.FindingId).OnDelete(DeleteBehavior.Cascade);
            item.HasIndex(e => new { e.FindingId, e.At });
        });

        modelBuilder.Entity<SweepFindingRow>(row =>
        {
            row.ToTable("sweep_findings");
            row.HasKey(r => new { r.SweepId, r.FindingId });
            row.Property(r => r.Change).HasConversion<WireWordConverter<FindingChange>>().HasMaxLength(20);
            row.HasOne<SweepRow>().WithMany().HasForeignKey(r => r.SweepId).OnDelete(DeleteBehavior.Cascade);
            row.HasOne<FindingRow>().WithMany().HasForeignKey(r => r.FindingId).OnDelete(DeleteBehavior.Cascade);
            row.HasIndex(r => r.FindingId);
        });

        modelBuilder.Entity<ApiKeyRow>(key =>
        {
            key.ToTable("api_keys");
            key.Property(k => k.Name).HasMaxLength(200);
            key.Property(k => k.Role).HasMaxLength(20);
            key.Property(k => k.Salt).HasMaxLength(64);
            key.Property(k => k.Hash).HasMaxLength(64);
            key.Property(k => k.Scope).HasMaxLength(2000);
            key.Property(k => k.LastUsedAddress).HasMaxLength(100);
            key.Property(k => k.PreviousSalt).HasMaxLength(64);
            key.Property(k => k.PreviousHash).HasMaxLength(64);
        });

        modelBuilder.Entity<AuditRow>(row =>
        {
            row.ToTable("audit_log");
            row.Property(a => a.Actor).HasMaxLength(200);
            row.Property(a => a.Role).HasMaxLength(20);
            row.Property(a => a.Address).HasMaxLength(100);
            row.Property(a => a.Hash).HasMaxLength(64);
            row.HasIndex(a => a.At);
        });

        modelBuilder.Entity<SnapshotImagePart>(part =>
        {
            part.ToTable("snapshot_images");
            part.HasKey(p => new { p.Version, p.Part });
        });

        modelBuilder.Entity<GraphChangeRow>(change =>
        {
            change.ToTable("graph_changes");
            change.HasKey(c => new { c.Version, c.EntityId });
        });

        modelBuilder.Entity<GraphChangeSetRow>(set =>
        {
            set.ToTable("graph_change_sets");
            set.HasKey(s => s.Version);
            set.Property(s => s.Version).ValueGeneratedNever();
        });

        modelBuilder.Entity<SweepFootprintRow>(footprint =>
        {
            footprint.ToTable("sweep_footprints");
            footprint.HasKey(f => new { f.SweepId, f.OfficialId });
        });

        modelBuilder.Entity<LeaseRow>(lease =>
        {
            lease.ToTable("leases");
            lease.HasKey(l => l.Name);
            lease.Property(l => l.Name).HasMaxLength(100);
            lease.Property(l => l.Holder).HasMaxLength(200);
        });

        NotificationTables(modelBuilder);
        CaseTables(modelBuilder);
        ReportTables(modelBuilder);
    }
}
