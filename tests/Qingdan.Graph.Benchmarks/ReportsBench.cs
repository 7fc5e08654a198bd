using System.Diagnostics;
using System.Globalization;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// <c>qingdan-bench reports --db CONNECTION [--touched 440] [--repeat 3]</c>: on a loaded store, the personal-matters reports a
/// snapshot holds beside its graph, read whole (what a load does) and brought up to date for a delta's touched entities
/// (what a patch does: the reports naming them read again, the rest kept) — same run, same state, best of the repeats.
/// </summary>
internal static class ReportsBench
{
    public static async Task<int> RunAsync(string connectionString, int touchedCount, int repeat)
    {
        var connection = StoreConnection.Parse(connectionString);
        var cancel = CancellationToken.None;
        await using var db = connection.CreateDbConnection();
        await db.OpenAsync(cancel);
        await using var transaction = await SnapshotLoader.BeginReadAsync(db, cancel);
        var bundles = await SnapshotLoader.BundlesAsync(db, transaction, cancel);

        var whole = TimeSpan.MaxValue;
        var book = Core.Graph.ReportBook.Empty;
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            book = await SnapshotReports.ReadAsync(db, transaction, bundles, cancel);
            whole = clock.Elapsed < whole ? clock.Elapsed : whole;
        }

        // A delta touches officials, their relatives and companies: here the officials of every n-th report.
        var touched = book.All.Where((_, i) => i % Math.Max(1, book.Count / Math.Max(1, touchedCount)) == 0)
            .Take(touchedCount).Select(r => r.Person.Value).ToHashSet();
        var patch = TimeSpan.MaxValue;
        var after = book;
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            after = await SnapshotReports.PatchAsync(db, transaction, bundles, book, touched, cancel);
            patch = clock.Elapsed < patch ? clock.Elapsed : patch;
        }

        // Where a patch's time goes: the book rebuilt with nothing reloaded, against the whole patch.
        var rebuild = TimeSpan.MaxValue;
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            _ = book.Patch(touched, []);
            rebuild = clock.Elapsed < rebuild ? clock.Elapsed : rebuild;
        }

        var affected = await SnapshotReports.AffectedAsync(db, transaction, book, touched, cancel);
        var find = TimeSpan.MaxValue;
        var reread = TimeSpan.MaxValue;
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            await SnapshotReports.AffectedAsync(db, transaction, book, touched, cancel);
            find = clock.Elapsed < find ? clock.Elapsed : find;
            clock.Restart();
            await SnapshotReports.ReadAsync(db, transaction, bundles, affected, cancel);
            reread = clock.Elapsed < reread ? clock.Elapsed : reread;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reports: {book.Count:N0} with {book.Items:N0} items"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  affected found:             {find.TotalMilliseconds,8:0.0} ms ({affected.Count:N0} reports); read again {reread.TotalMilliseconds:0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  the book rebuilt alone:     {rebuild.TotalMilliseconds,8:0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  read whole (a load):        {whole.TotalMilliseconds,8:0.0} ms"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  patched for {touched.Count:N0} entities: {patch.TotalMilliseconds,8:0.0} ms ({whole / patch:0.0}× faster; {after.Count:N0} reports after)"));
        return after.Count == book.Count ? 0 : 1;
    }
}
