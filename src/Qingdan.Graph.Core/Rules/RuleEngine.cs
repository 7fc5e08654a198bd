using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Rules;

/// <summary>
/// The four rules of RULES.md as a pure function of a snapshot and parameters: nothing is read
/// from or written to the store. Officials are independent of one another, so a run is parallel
/// across officials; the findings come out sorted by rule, official and company whatever the
/// scheduling.
/// </summary>
public sealed partial class RuleEngine
{
    /// <summary>Evidence paths kept per finding; more are counted in <see cref="Finding.EvidenceOmitted"/>.</summary>
    public const int MaxEvidencePaths = 20;

    private readonly Dictionary<(byte Role, char Section), decimal> _medians;

    public RuleEngine(GraphSnapshot graph, RuleParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
        Parameters = parameters ?? RuleParameters.Default;
        _medians = Medians(graph, Parameters.MinPeers);
    }

    public GraphSnapshot Graph { get; }

    public RuleParameters Parameters { get; }

    /// <summary>
    /// Runs the rules for every official of the snapshot, or only for <paramref name="officials"/>.
    /// Nodes among them that are not officials (no Position link) are passed over.
    /// </summary>
    /// <param name="rules">The rules to run; all four when null.</param>
    /// <param name="officials">The officials to look at; all when null.</param>
    /// <param name="progress">Told the number of officials done so far, now and then.</param>
    /// <param name="maxParallelism">Threads to use; every core when null.</param>
    /// <param name="cancellationToken">Stops the run between officials.</param>
    public IReadOnlyList<Finding> Run(
        IReadOnlyCollection<RuleId>? rules = null,
        IEnumerable<int>? officials = null,
        IProgress<int>? progress = null,
        int? maxParallelism = null,
        CancellationToken cancellationToken = default) =>
        Scan(rules, officials, progress, maxParallelism, traced: false, cancellationToken).Findings;

    /// <summary>
    /// As <see cref="Run"/>, and records what each official's scan read (<see cref="OfficialFootprint"/>): an
    /// incremental sweep runs again only the officials whose footprint a change reaches.
    /// </summary>
    /// <param name="rules">The rules to run; all four when null.</param>
    /// <param name="officials">The officials to look at; all when null.</param>
    /// <param name="progress">Told the number of officials done so far, now and then.</param>
    /// <param name="maxParallelism">Threads to use; every core when null.</param>
    /// <param name="cancellationToken">Stops the run between officials.</param>
    public RuleRun RunTraced(
        IReadOnlyCollection<RuleId>? rules = null,
        IEnumerable<int>? officials = null,
        IProgress<int>? progress = null,
        int? maxParallelism = null,
        CancellationToken cancellationToken = default) =>
        Scan(rules, officials, progress, maxParallelism, traced: true, cancellationToken);

    private RuleRun Scan(
        IReadOnlyCollection<RuleId>? rules,
        IEnumerable<int>? officials,
        IProgress<int>? progress,
        int? maxParallelism,
        bool traced,
        CancellationToken cancellationToken)
    {
        var selected = (rules ?? RuleIds.All).ToHashSet();
        var list = officials is null ? Graph.Officials().ToArray() : officials.Distinct().Where(Graph.IsOfficial).ToArray();
        var results = new List<Finding>[list.Length];
        var footprints = traced ? new OfficialFootprint[list.Length] : [];
        var done = 0;
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxParallelism ?? Environment.ProcessorCount,
        };
        Parallel.For(0, list.Length, options, i =>
        {
            if (traced)
            {
                (results[i], footprints[i]) = ScanTraced(list[i], selected);
            }
            else
            {
                results[i] = new OfficialScan(this, list[i], selected).Run();
            }

            var count = Interlocked.Increment(ref done);
            if (progress is not null && (count % 1000 == 0 || count == list.Length))
            {
                progress.Report(count);
            }
        });

        var findings = results
            .SelectMany(r => r)
            .OrderBy(f => f.Rule).ThenBy(f => f.Official).ThenBy(f => f.Company)
            .ToList();
        return new RuleRun(findings, footprints);
    }

    /// <summary>The median monthly salary of the role in the industry section, when at least min_peers Roles have a salary.</summary>
    internal bool TryMedian(byte role, char section, out decimal median)
    {
        _scanMedians?.Add(new MedianKey(role, section));
        return _medians.TryGetValue((role, section), out median);
    }

    /// <summary>The median NL5 "employment" compares a salary with, when the peers number at least min_peers.</summary>
    public bool TryGetMedian(MedianKey key, out decimal median) => _medians.TryGetValue((key.Role, key.Section), out median);

    /// <summary>The industry section (first letter, upper case) of a company, or '\0' when it has no industry.</summary>
    internal static char SectionOf(string? industry) => industry is { Length: > 0 } ? char.ToUpperInvariant(industry[0]) : '\0';

    // RULES NL5 "employment": the median over every Role with the same role at a company of the same
    // section, counted only with at least min_peers salaries; an even count takes the mean of the middle two.
    private static Dictionary<(byte, char), decimal> Medians(GraphSnapshot graph, int minPeers)
    {
        var salaries = new Dictionary<(byte, char), List<decimal>>();
        for (var link = 0; link < graph.LinkCount; link++)
        {
            if (graph.LinkKindOf(link) != LinkKind.Role || graph.DetailOf(link) == GraphSnapshot.NoDetail
                || graph.MonthlySalaryOf(link) is not { } salary || salary <= 0)
            {
                continue;
            }

            var section = SectionOf(graph.IndustryOf(graph.ToOf(link)));
            if (section == '\0')
            {
                continue;
            }

            var key = (graph.DetailOf(link), section);
            if (!salaries.TryGetValue(key, out var list))
            {
                salaries[key] = list = [];
            }

            list.Add(salary);
        }

        var medians = new Dictionary<(byte, char), decimal>();
        foreach (var (key, list) in salaries)
        {
            if (list.Count < minPeers)
            {
                continue;
            }

            list.Sort();
            var middle = list.Count / 2;
            medians[key] = list.Count % 2 == 1 ? list[middle] : (list[middle - 1] + list[middle]) / 2m;
        }

        return medians;
    }
}
