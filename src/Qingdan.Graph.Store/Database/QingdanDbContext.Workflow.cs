using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Cases;
using Qingdan.Graph.Store.Notifications;
using Qingdan.Graph.Store.Reports;

namespace Qingdan.Graph.Store.Database;

// The investigator's workflow: watches, notifications and their webhook deliveries; cases; the analysts' saved reports.
public abstract partial class QingdanDbContext
{
    private static void NotificationTables(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WatchRow>(watch =>
        {
            watch.ToTable("watches");
            watch.Property(w => w.Owner).HasMaxLength(200);
            watch.Property(w => w.EntityId).HasMaxLength(40);
            watch.Property(w => w.Role).HasMaxLength(20);
            watch.Property(w => w.Scope).HasMaxLength(2000);
            watch.HasIndex(w => new { w.Owner, w.EntityId }).IsUnique();
            watch.HasIndex(w => w.EntityId);
        });

        modelBuilder.Entity<NotificationRow>(notification =>
        {
            notification.ToTable("notifications");
            notification.Property(n => n.Owner).HasMaxLength(200);
            notification.Property(n => n.Kind).HasConversion<WireWordConverter<NotificationKind>>().HasMaxLength(20);
            notification.Property(n => n.EntityId).HasMaxLength(40);
            notification.Property(n => n.Title).HasMaxLength(500);
            notification.Property(n => n.EventKey).HasMaxLength(200);
            notification.HasIndex(n => new { n.Owner, n.EventKey }).IsUnique();
            notification.HasIndex(n => new { n.Owner, n.ReadAt, n.Id });
        });

        modelBuilder.Entity<WebhookRow>(webhook =>
        {
            webhook.ToTable("webhooks");
            webhook.Property(w => w.Owner).HasMaxLength(200);
            webhook.Property(w => w.Url).HasMaxLength(2000);
            webhook.Property(w => w.Secret).HasMaxLength(200);
            webhook.Property(w => w.Role).HasMaxLength(20);
            webhook.Property(w => w.Scope).HasMaxLength(2000);
            webhook.HasIndex(w => w.Owner);
        });

        modelBuilder.Entity<WebhookDeliveryRow>(delivery =>
        {
            delivery.ToTable("webhook_deliveries");
            delivery.Property(d => d.Status).HasConversion<WireWordConverter<DeliveryStatus>>().HasMaxLength(20);
            delivery.Property(d => d.Error).HasMaxLength(2000);
            delivery.HasOne<WebhookRow>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
            delivery.HasOne<NotificationRow>().WithMany().HasForeignKey(d => d.NotificationId).OnDelete(DeleteBehavior.Cascade);
            delivery.HasIndex(d => new { d.WebhookId, d.NotificationId }).IsUnique();
            delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
            delivery.HasIndex(d => d.NotificationId);
        });

        modelBuilder.Entity<NotificationCursorRow>(cursor =>
        {
            cursor.ToTable("notification_cursors");
            cursor.HasKey(c => c.Name);
            cursor.Property(c => c.Name).HasMaxLength(40);
        });
    }

    private static void CaseTables(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CaseRow>(item =>
        {
            item.ToTable("cases");
            item.Property(c => c.Title).HasMaxLength(200);
            item.Property(c => c.Description).HasMaxLength(10000);
            item.Property(c => c.Status).HasConversion<WireWordConverter<CaseStatus>>().HasMaxLength(20);
            item.Property(c => c.CreatedBy).HasMaxLength(200);
            item.Property(c => c.Scope).HasMaxLength(2000);
            item.HasIndex(c => new { c.Status, c.UpdatedAt });
        });

        modelBuilder.Entity<CaseFindingRow>(row =>
        {
            row.ToTable("case_findings");
            row.HasKey(r => new { r.CaseId, r.FindingId });
            row.Property(r => r.AddedBy).HasMaxLength(200);
            row.HasOne<CaseRow>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
            row.HasOne<Findings.FindingRow>().WithMany().HasForeignKey(r => r.FindingId).OnDelete(DeleteBehavior.Cascade);
            row.HasIndex(r => r.FindingId);
        });

        modelBuilder.Entity<CaseEntityRow>(row =>
        {
            row.ToTable("case_entities");
            row.HasKey(r => new { r.CaseId, r.EntityId });
            row.Property(r => r.EntityId).HasMaxLength(40);
            row.Property(r => r.AddedBy).HasMaxLength(200);
            row.HasOne<CaseRow>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
            row.HasIndex(r => r.EntityId);
        });

        modelBuilder.Entity<CaseAssigneeRow>(row =>
        {
            row.ToTable("case_assignees");
            row.HasKey(r => new { r.CaseId, r.Assignee });
            row.Property(r => r.Assignee).HasMaxLength(200);
            row.HasOne<CaseRow>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
            row.HasIndex(r => r.Assignee);
        });

        modelBuilder.Entity<CaseEventRow>(row =>
        {
            row.ToTable("case_events");
            row.Property(e => e.Actor).HasMaxLength(200);
            row.Property(e => e.Kind).HasConversion<WireWordConverter<CaseEventKind>>().HasMaxLength(20);
            row.Property(e => e.Text).HasMaxLength(10000);
            row.Property(e => e.EntityId).HasMaxLength(40);
            row.HasOne<CaseRow>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
            row.HasIndex(e => new { e.CaseId, e.At });
        });
    }

    private static void ReportTables(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SavedReportRow>(report =>
        {
            report.ToTable("saved_reports");
            report.Property(r => r.Name).HasMaxLength(100);
            report.Property(r => r.Description).HasMaxLength(2000);
            report.Property(r => r.Query).HasMaxLength(100000);
            report.Property(r => r.Variables).HasMaxLength(20000);
            report.Property(r => r.Owner).HasMaxLength(200);
            report.Property(r => r.Role).HasMaxLength(20);
            report.Property(r => r.Scope).HasMaxLength(2000);
            report.Property(r => r.Schedule).HasMaxLength(100);
            report.Property(r => r.TimeZone).HasMaxLength(100);
            report.HasIndex(r => r.Name).IsUnique();
            report.HasIndex(r => r.NextRunAt);
        });

        modelBuilder.Entity<ReportRunRow>(run =>
        {
            run.ToTable("report_runs");
            run.Property(r => r.Trigger).HasConversion<WireWordConverter<ReportTrigger>>().HasMaxLength(20);
            run.Property(r => r.RunBy).HasMaxLength(200);
            run.Property(r => r.Variables).HasMaxLength(20000);
            run.Property(r => r.ResultHash).HasMaxLength(64);
            run.HasOne<SavedReportRow>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
            run.HasIndex(r => new { r.ReportId, r.Id });
        });
    }
}
