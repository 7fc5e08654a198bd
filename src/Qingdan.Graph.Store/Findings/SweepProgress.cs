namespace Qingdan.Graph.Store.Findings;

/// <summary>Where a sweep is: <c>loading</c>, <c>rules</c> (officials done of all), <c>writing</c>, <c>committed</c>.</summary>
public sealed record SweepProgress(string Stage, long Done, long Total, TimeSpan Elapsed);
