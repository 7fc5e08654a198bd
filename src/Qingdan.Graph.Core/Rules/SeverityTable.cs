namespace Qingdan.Graph.Core.Rules;

/// <summary>
/// The table of docs/severity.md: each reason that holds adds its points; 4 or more is high, 2–3
/// medium, less low. The reasons are the ones RULES.md names (the amount, a single bidder, a direct
/// or limited method, the number of independent paths) and the closeness of the relation and the
/// kind of interest the variants describe.
/// </summary>
public static class SeverityTable
{
    public const string InPerson = "in_person";
    public const string CloseRelative = "close_relative";
    public const string LargeAmount = "large_amount";
    public const string NotableAmount = "notable_amount";
    public const string Benefit = "benefit";
    public const string DirectStake = "direct_stake";
    public const string ControllingStake = "controlling_stake";
    public const string SeniorPost = "senior_post";
    public const string NominalPost = "nominal_post";
    public const string PaidConcurrentPost = "paid_concurrent_post";
    public const string PayAbovePeers = "pay_above_peers";
    public const string SingleBidder = "single_bidder";
    public const string DirectOrLimitedMethod = "direct_or_limited_method";
    public const string SeveralPaths = "several_paths";
    public const string StakeOrPostInBeneficiary = "stake_or_post_in_beneficiary";
    public const string RelativeLeftOut = "relative_left_out";

    /// <summary>Points at which a finding is high.</summary>
    public const int HighFrom = 4;

    /// <summary>Points at which a finding is medium.</summary>
    public const int MediumFrom = 2;

    /// <summary>Transactions (NL3, NL4, NL9 transaction variant) of at least this many yuan are large.</summary>
    public const decimal LargeTransaction = 1_000_000m;

    /// <summary>Transactions of at least this many yuan are notable.</summary>
    public const decimal NotableTransaction = 100_000m;

    /// <summary>NL9 decisions of at least this many yuan are large.</summary>
    public const decimal LargeDecision = 10_000_000m;

    /// <summary>NL9 decisions of at least this many yuan are notable.</summary>
    public const decimal NotableDecision = 1_000_000m;

    /// <summary>Every reason with its points, weightiest first.</summary>
    public static IReadOnlyList<SeverityReason> Reasons { get; } =
    [
        new(InPerson, 2, "the official in person, not a relative, is the party (relation self)"),
        new(LargeAmount, 2, "the largest amount behind it is large: ≥ ¥1,000,000 for a transaction, ≥ ¥10,000,000 for an NL9 decision"),
        new(NominalPost, 2, "NL5: pay for a nominal post (挂名领薪)"),
        new(RelativeLeftOut, 2, "REP undeclared_relative: the report does not list the relative whose business it leaves out"),
        new(CloseRelative, 1, "the closest relatives the clauses name: spouse, child or child's spouse"),
        new(
            NotableAmount,
            1,
            "the largest amount is notable: ≥ ¥100,000 for a transaction, ≥ ¥1,000,000 for an NL9 decision (not counted with large_amount)"),
        new(Benefit, 1, "NL4: value flowed to the relative's side (payment or gift), not just business"),
        new(DirectStake, 1, "NL5 shares: the relative holds the shares directly, not only through companies"),
        new(ControllingStake, 1, "NL5 shares: effective ownership reaches principal_share (25%); REP: the stake left out is at least 25%"),
        new(
            SeniorPost,
            1,
            "NL5 employment, REP: a senior post (legal representative, chair, director, supervisor, general manager, senior manager)"),
        new(PaidConcurrentPost, 1, "NL5 employment: a concurrent post for pay (consultant)"),
        new(PayAbovePeers, 1, "NL5 employment: pay above salary_factor × the median of peers"),
        new(SingleBidder, 1, "NL9: a supporting decision had a single bidder"),
        new(DirectOrLimitedMethod, 1, "NL9: a supporting decision used a direct or limited procurement method"),
        new(StakeOrPostInBeneficiary, 1, "NL9: a relative holds a post or a stake in the beneficiary (role or ownership variant)"),
        new(SeveralPaths, 1, "two or more independent paths (distinct relatives or connections) lead from the official to the company"),
    ];

    private static readonly Dictionary<string, int> Points = Reasons.ToDictionary(r => r.Code, r => r.Points, StringComparer.Ordinal);

    private static readonly Dictionary<string, int> Order = Reasons.Select((r, i) => (r.Code, i))
        .ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);

    /// <summary>The severity of a finding whose reasons are these.</summary>
    public static Severity Grade(IEnumerable<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var points = reasons.Distinct(StringComparer.Ordinal).Sum(
            r => Points.TryGetValue(r, out var p) ? p : throw new ArgumentException($"Unknown severity reason '{r}'.", nameof(reasons)));
        return points >= HighFrom ? Severity.High : points >= MediumFrom ? Severity.Medium : Severity.Low;
    }

    /// <summary>The reasons in table order (weightiest first).</summary>
    public static IReadOnlyList<string> Sort(IEnumerable<string> reasons) =>
        reasons.Distinct(StringComparer.Ordinal).OrderBy(r => Order.GetValueOrDefault(r, int.MaxValue)).ToList();
}
