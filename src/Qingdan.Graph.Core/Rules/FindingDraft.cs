namespace Qingdan.Graph.Core.Rules;

/// <summary>What one official's scan gathers behind one (rule, company) before it becomes a <see cref="Finding"/>.</summary>
internal sealed class FindingDraft(RuleId rule, int official, int company)
{
    private readonly SortedSet<string> _variants = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _relations = new(StringComparer.Ordinal);
    private readonly SortedSet<int> _relatives = [];
    private readonly HashSet<string> _reasons = new(StringComparer.Ordinal);
    private readonly List<EvidencePath> _evidence = [];
    private readonly HashSet<string> _evidenceKeys = new(StringComparer.Ordinal);
    private readonly SortedSet<int> _decisions = [];
    private readonly SortedSet<int> _transactions = [];
    private readonly SortedSet<int> _posts = [];
    private readonly SortedSet<long> _reports = [];
    private int _omitted;
    private int _decisionPaths;
    private decimal? _amount;

    public void Add(string variant, int relative, string relation)
    {
        _variants.Add(variant);
        _relatives.Add(relative);
        _relations.Add(relation);
    }

    public void Reason(string reason) => _reasons.Add(reason);

    public void Transaction(int link) => _transactions.Add(link);

    public void Decision(int node) => _decisions.Add(node);

    public void Post(int link) => _posts.Add(link);

    public void Report(long id) => _reports.Add(id);

    public void Amount(decimal? amount)
    {
        if (amount is { } value && (_amount is null || value > _amount))
        {
            _amount = value;
        }
    }

    /// <summary>Adds a path unless the same links are already there; past the cap it is only counted.</summary>
    public void Evidence(EvidencePath path)
    {
        if (!_evidenceKeys.Add(string.Join(',', path.Links)))
        {
            return;
        }

        if (_evidence.Count < RuleEngine.MaxEvidencePaths)
        {
            _evidence.Add(path);
        }
        else
        {
            _omitted++;
        }
    }

    /// <summary>Paths other than the decision paths: distinct relatives or connections.</summary>
    public int IndependentPaths => _evidenceKeys.Count - _decisionPaths;

    /// <summary>Adds the path official → decision → company; it shows the decision, not a connection.</summary>
    public void DecisionPath(EvidencePath path)
    {
        var before = _evidenceKeys.Count;
        Evidence(path);
        _decisionPaths += _evidenceKeys.Count - before;
    }

    public Finding Build()
    {
        if (_relations.Contains("self"))
        {
            _reasons.Add(SeverityTable.InPerson);
        }

        if (_relations.Overlaps(["spouse", "child", "child_spouse"]))
        {
            _reasons.Add(SeverityTable.CloseRelative);
        }

        if (_amount is { } amount)
        {
            var (large, notable) = rule == RuleId.NL9
                ? (SeverityTable.LargeDecision, SeverityTable.NotableDecision)
                : (SeverityTable.LargeTransaction, SeverityTable.NotableTransaction);
            if (amount >= large)
            {
                _reasons.Add(SeverityTable.LargeAmount);
            }
            else if (amount >= notable)
            {
                _reasons.Add(SeverityTable.NotableAmount);
            }
        }

        if (IndependentPaths >= 2)
        {
            _reasons.Add(SeverityTable.SeveralPaths);
        }

        return new Finding
        {
            Rule = rule,
            Official = official,
            Company = company,
            Variants = [.. _variants],
            Relations = [.. _relations],
            Relatives = [.. _relatives],
            Severity = SeverityTable.Grade(_reasons),
            Reasons = SeverityTable.Sort(_reasons),
            Evidence = [.. _evidence],
            EvidenceOmitted = _omitted,
            Decisions = [.. _decisions],
            Transactions = [.. _transactions],
            Posts = [.. _posts],
            Reports = [.. _reports],
            Amount = _amount,
        };
    }
}
