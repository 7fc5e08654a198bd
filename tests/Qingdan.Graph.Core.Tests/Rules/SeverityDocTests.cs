using System.Text.RegularExpressions;
using Qingdan.Graph.Core.Rules;

namespace Qingdan.Graph.Core.Tests.Rules;

/// <summary>docs/severity.md is the table investigators read: the code must say the same.</summary>
public sealed partial class SeverityDocTests
{
    [Fact]
    public void The_documented_table_and_the_code_have_the_same_reasons_and_points()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Qingdan.Graph.sln")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        var text = File.ReadAllText(Path.Combine(folder.FullName, "docs", "severity.md"));
        var documented = Row().Matches(text)
            .ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(SeverityTable.Reasons.ToDictionary(r => r.Code, r => r.Points).OrderBy(p => p.Key), documented.OrderBy(p => p.Key));
        Assert.Contains(
            $"**{SeverityTable.HighFrom} or more is high, {SeverityTable.MediumFrom}–{SeverityTable.HighFrom - 1} medium",
            text,
            StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\| `([a-z_]+)` \| (\d+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}
