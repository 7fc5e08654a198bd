using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Timeline;

/// <summary>
/// The days on which all of a finding's conditions held, read from the evidence the sweep stored: for each
/// path, the days every link of it is valid (a transaction on its day), within the official's tenure where
/// the rule asks for it (NL3, NL4 and NL5; NL9 asks only that the person is an official at some time); the
/// union over the paths, as disjoint runs in order.
/// </summary>
public static class HeldDuring
{
    /// <summary>The runs of days; <paramref name="tenure"/> null or empty when no post is known (then no tenure bound).</summary>
    public static IReadOnlyList<Interval> Of(FindingBody body, IReadOnlyList<Interval>? tenure)
    {
        var bound = body.Rule != RuleId.NL9 && tenure is { Count: > 0 } ? tenure : null;
        var runs = new List<Interval>();
        if (body.Rule == RuleId.REP)
        {
            // What a report leaves out holds on the day it describes, not over the links' validity.
            return [.. body.Evidence.Select(p => p.On).OfType<DateOnly>().Distinct().Order().Select(d => new Interval(d, d))];
        }

        foreach (var path in body.Evidence)
        {
            if (Together(path.Links) is not { } held)
            {
                continue;
            }

            if (bound is null)
            {
                runs.Add(held);
                continue;
            }

            foreach (var post in bound)
            {
                if (held.Intersect(post) is { } within)
                {
                    runs.Add(within);
                }
            }
        }

        return Union(runs);
    }

    /// <summary>The days every link is valid on, or null when there is none.</summary>
    private static Interval? Together(IEnumerable<EvidenceLinkBody> links)
    {
        Interval? held = Interval.Always;
        foreach (var link in links)
        {
            held = held?.Intersect(Validity(link));
        }

        return held;
    }

    /// <summary>A link's days: a transaction is its one day; anything else its validity.</summary>
    public static Interval Validity(EvidenceLinkBody link)
    {
        if (link.Kind == LinkKind.Transaction && (link.Date ?? link.ValidFrom) is { } day)
        {
            return new Interval(day, day);
        }

        return link.ValidFrom is { } from && link.ValidTo is { } to && from > to
            ? new Interval(to, from)
            : new Interval(link.ValidFrom, link.ValidTo);
    }

    /// <summary>Overlapping or touching runs (one ends the day before the next starts) as one, in order.</summary>
    public static IReadOnlyList<Interval> Union(IEnumerable<Interval> runs)
    {
        var merged = new List<Interval>();
        foreach (var run in runs.OrderBy(r => r.Start ?? DateOnly.MinValue))
        {
            if (merged.Count > 0 && merged[^1] is var last
                && (last.End is null || run.Start is null || run.Start.Value <= last.End.Value.AddDays(1)))
            {
                var end = last.End is null || run.End is null ? null : (DateOnly?)(last.End > run.End ? last.End : run.End);
                merged[^1] = new Interval(last.Start, end);
            }
            else
            {
                merged.Add(run);
            }
        }

        return merged;
    }
}
