using System.Runtime.CompilerServices;
using Qingdan.Graph.Core.Graph;

namespace Qingdan.Graph.Server.Api.Reports.Stats;

/// <summary>
/// What a stats subject reads of every row from the snapshot alone — the same for every caller and request — built on the
/// first report over a snapshot and kept beside it while it lives; a request then adds only what depends on the caller
/// (scope, findings) or on the store.
/// </summary>
internal static class PerSnapshot<T>
    where T : class
{
    private static readonly ConditionalWeakTable<GraphSnapshot, T> Built = [];

    public static T Of(GraphSnapshot snapshot, Func<GraphSnapshot, T> build) => Built.GetValue(snapshot, s => build(s));
}
