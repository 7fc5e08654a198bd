using Qingdan.Graph.Core.Rules;

namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// A finding across sweeps, keyed by (rule, official, company): its latest content, whether the
/// latest sweep of its rule still found it, and the investigator's triage, which stays with it.
/// </summary>
public sealed class FindingRow
{
    public long Id { get; set; }

    /// <summary><c>f_</c> and the id.</summary>
    public string Name => $"f_{Id}";

    /// <summary>Stored by name (<c>NL9</c>).</summary>
    public RuleId Rule { get; set; }

    public long OfficialId { get; set; }

    public long CompanyId { get; set; }

    /// <summary>Comma-separated, sorted.</summary>
    public required string Variants { get; set; }

    /// <summary>Stored as the wire word: <c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    public Severity Severity { get; set; }

    /// <summary>Comma-separated, sorted.</summary>
    public required string Relations { get; set; }

    /// <summary>The largest amount behind the finding, in yuan.</summary>
    public decimal? Amount { get; set; }

    /// <summary>The agency of the official's post behind the finding (NL4 jurisdiction, NL9 issuer), else the latest post's.</summary>
    public long? AgencyId { get; set; }

    /// <summary>False once the latest sweep of the rule no longer finds it.</summary>
    public bool Active { get; set; }

    public TriageStatus TriageStatus { get; set; }

    public string? Assignee { get; set; }

    public long FirstSeenSweepId { get; set; }

    public long LastSeenSweepId { get; set; }

    public DateTime FirstSeenAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    public long? ResolvedSweepId { get; set; }

    /// <summary>When two entities merge, the finding of the dissolved one points at the one that carries on.</summary>
    public long? MergedIntoId { get; set; }

    /// <summary>Identities of every link behind the latest evidence, sorted, space-separated.</summary>
    public required string EvidenceKeys { get; set; }

    /// <summary>The evidence keys when the finding was dismissed: evidence beyond them reopens it.</summary>
    public string? DismissedEvidenceKeys { get; set; }

    /// <summary>The finding as findings.md writes it, without the sweep-dependent fields (change, triage, sweep, seen dates).</summary>
    public required string Body { get; set; }
}
