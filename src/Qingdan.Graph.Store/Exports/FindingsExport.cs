using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Store.Exports;

/// <summary>Writes a sweep's findings as <c>formats/findings.md</c> JSON lines: one object a line, UTF-8 without BOM.</summary>
public static class FindingsExport
{
    /// <summary>The findings of the sweep (the latest when null), new and persisting, and resolved ones too when asked; returns the count
    /// written.</summary>
    public static async Task<int> WriteJsonLinesAsync(
        StoreConnection connection,
        long? sweepId,
        TextWriter output,
        bool includeResolved,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(output);
        await using var context = connection.CreateContext();
        var sweep = sweepId is { } id
            ? await context.Sweeps.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
                ?? throw new KeyNotFoundException($"There is no sweep s_{id}.")
            : await context.Sweeps.AsNoTracking().Where(s => s.Status == SweepStatus.Succeeded).OrderByDescending(s => s.Id)
                .FirstOrDefaultAsync(cancellationToken)
              ?? throw new KeyNotFoundException("No sweep has run on this store yet: run `qingdan sweep` first.");
        var rows = await (
                from change in context.SweepFindings.AsNoTracking()
                join finding in context.Findings.AsNoTracking() on change.FindingId equals finding.Id
                where change.SweepId == sweep.Id && (includeResolved || change.Change != FindingChange.Resolved)
                orderby finding.Rule, finding.OfficialId, finding.CompanyId
                select new { finding, change.Change })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var body = JsonNode.Parse(row.finding.Body)!.AsObject();
            var line = new JsonObject { ["id"] = row.finding.Name };
            foreach (var (name, value) in body.ToList())
            {
                body.Remove(name);
                line[name] = value;
            }

            line["change"] = Wire.Name(row.Change);
            line["triage_status"] = Wire.Name(row.finding.TriageStatus);
            line["assignee"] = row.finding.Assignee;
            line["sweep"] = sweep.Name;
            line["first_seen"] = Day(row.finding.FirstSeenAt);
            line["last_seen"] = Day(row.finding.LastSeenAt);
            await output.WriteAsync(line.ToJsonString(FindingDocument.Json).AsMemory(), cancellationToken);
            await output.WriteAsync("\n".AsMemory(), cancellationToken);
        }

        return rows.Count;
    }

    private static string Day(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
