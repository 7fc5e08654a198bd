using System.Text;
using Qingdan.Graph.Ingest.Csv;

namespace Qingdan.Graph.Ingest.Tests;

/// <summary>The CSV source parses ahead on another thread: what the caller sees must be what a plain read gives.</summary>
public sealed class CsvSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qingdan-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Many_batches_come_in_order_with_their_lines_quoted_breaks_and_problems()
    {
        // 10,000 rows (39 batches, more than the read-ahead holds); every 1,000th has a quoted line break,
        // so later rows start further down; row 5,000 has a misplaced quote.
        var text = new StringBuilder("Ref,Name\n");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append(i switch
            {
                5_000 => "r5000,a\"b\n",
                _ when i % 1_000 == 999 => $"r{i},\"two\nlines\"\n",
                _ => $"r{i},name {i}\n",
            });
        }

        var path = Write("rows.csv", text.ToString());
        string[]? header = null;

        var rows = CsvSource.Read(path, "utf-8", h => header = h).ToList();

        Assert.Equal(["ref", "name"], header!);
        Assert.Equal(10_000, rows.Count);
        var line = 2;
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(("rows.csv", line, $"r{i}"), (rows[i].File, rows[i].Line, rows[i].Fields[0]));
            line += i % 1_000 == 999 ? 2 : 1;
        }

        Assert.Equal("two\nlines", rows[999].Fields[1]);
        Assert.Equal(("r0,name 0", "r999,\"two\nlines\""), (rows[0].Raw, rows[999].Raw));
        Assert.NotNull(rows[5_000].Problem);
        Assert.All(rows.Where((_, i) => i != 5_000), row => Assert.Null(row.Problem));
    }

    [Fact]
    public void A_caller_that_stops_early_leaves_the_file_closed()
    {
        var path = Write("long.csv", "ref\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"r{i}\n")));

        var first = CsvSource.Read(path, "utf-8", _ => { }).First();

        Assert.Equal("r0", first.Fields[0]);
        // The parser held the file open with a shared lock; an exclusive open succeeds only once it has let go.
        using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Assert.True(exclusive.CanWrite);
    }

    [Fact]
    public void A_file_that_cannot_be_read_fails_the_caller_with_the_reason()
    {
        var missing = Path.Combine(_folder, "absent.csv");

        var error = Assert.Throws<FileNotFoundException>(() => CsvSource.Read(missing, "utf-8", _ => { }).ToList());

        Assert.Contains("absent.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_one_problem_row_and_no_header()
    {
        var path = Write("empty.csv", string.Empty);
        var called = false;

        var row = Assert.Single(CsvSource.Read(path, "utf-8", _ => called = true));

        Assert.False(called);
        Assert.Equal((1, "file is empty: a header line is needed"), (row.Line, row.Problem));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
