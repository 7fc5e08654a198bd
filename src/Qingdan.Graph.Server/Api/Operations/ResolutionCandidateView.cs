using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>A candidate with its two records loaded (null when a record is gone: a candidate is rebuilt at every resolution).</summary>
public sealed record ResolutionCandidateView(ResolutionCandidateRow Row, ResolutionRecordView? A, ResolutionRecordView? B)
{
    /// <summary>The compared fields whose values differ between the two records.</summary>
    public IReadOnlyList<string> Differences() => A is null || B is null
        ? []
        : [.. A.Fields().Zip(B.Fields()).Where(p => !string.Equals(p.First.Value, p.Second.Value, StringComparison.Ordinal))
            .Select(p => p.First.Field)];
}
