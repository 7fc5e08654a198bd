using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Text;
using Qingdan.Graph.Ingest.Resolution;

namespace Qingdan.Graph.Ingest.Tests;

/// <summary>mapping.md "Partial dates": a birth month as resolution reads it, case by case.</summary>
public sealed class PartialBirthDateTests
{
    private const string Wang = "440802196803150017";
    private const string Masked = "440802********0017";

    [Fact]
    public void A_birth_month_holding_the_birth_day_does_not_conflict_so_a_masked_number_merges()
    {
        var result = Resolve(
            Person(1, "cadre|p1", "王建国", Wang),
            Person(2, "company|s1", "王建国", Masked, month: new YearMonth(1968, 3)));

        Assert.Equal([[1, 2]], Partition(result));
        Assert.Equal(ResolutionRule.MaskedIdentifier, result.RuleByRecord[2]);
    }

    [Fact]
    public void A_birth_month_outside_the_birth_day_conflicts_so_a_masked_number_stays_apart()
    {
        var result = Resolve(
            Person(1, "cadre|p1", "王建国", Wang),
            Person(2, "company|s1", "王建国", Masked, month: new YearMonth(1968, 4)));

        Assert.Equal([[1], [2]], Partition(result));
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void The_same_name_and_birth_month_alone_do_not_merge_by_rule_3_but_ask_a_person()
    {
        var result = Resolve(
            Person(1, "cadre|r1", "李秀英", null, month: new YearMonth(1970, 5)),
            Person(2, "civil|m4", "李秀英", null, month: new YearMonth(1970, 5)));

        Assert.Equal([[1], [2]], Partition(result));
        var candidate = Assert.Single(result.Candidates);
        Assert.Equal((1L, 2L), (candidate.RecordA, candidate.RecordB));
    }

    [Fact]
    public void A_birth_month_beside_a_birth_day_in_it_is_a_candidate_not_a_merge()
    {
        var result = Resolve(
            Person(1, "cadre|r1", "李秀英", null, month: new YearMonth(1970, 5)),
            Person(2, "civil|m4", "李秀英", null, day: new DateOnly(1970, 5, 12)));

        Assert.Equal([[1], [2]], Partition(result));
        Assert.Single(result.Candidates);
    }

    [Fact]
    public void A_birth_month_beside_a_birth_day_outside_it_is_not_even_a_candidate()
    {
        var result = Resolve(
            Person(1, "cadre|r1", "李秀英", null, month: new YearMonth(1970, 5)),
            Person(2, "civil|m4", "李秀英", null, day: new DateOnly(1971, 5, 12)));

        Assert.Equal([[1], [2]], Partition(result));
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void Two_different_birth_months_conflict()
    {
        var result = Resolve(
            Person(1, "cadre|r1", "李秀英", null, month: new YearMonth(1970, 5)),
            Person(2, "civil|m4", "李秀英", null, month: new YearMonth(1970, 6)));

        Assert.Equal([[1], [2]], Partition(result));
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void A_birth_month_does_not_stop_rule_3_merging_the_records_that_share_a_day()
    {
        var result = Resolve(
            Person(1, "civil|m1", "李秀英", null, day: new DateOnly(1970, 5, 12)),
            Person(2, "civil|m2", "李秀英", null, day: new DateOnly(1970, 5, 12)),
            Person(3, "cadre|r1", "李秀英", null, month: new YearMonth(1970, 5)));

        Assert.Equal([[1, 2], [3]], Partition(result));
        Assert.Equal(ResolutionRule.NameAndBirthDate, result.RuleByRecord[2]);
        Assert.All(result.Candidates, c => Assert.Contains(3L, new[] { c.RecordA, c.RecordB }));
    }

    private static ResolutionResult Resolve(params ResolutionRecord[] records) => EntityResolver.Resolve(records, []);

    private static List<List<long>> Partition(ResolutionResult result) =>
        result.Clusters.Select(c => c.Order().ToList()).OrderBy(c => c[0]).ToList();

    private static ResolutionRecord Person(long id, string key, string name, string? number, DateOnly? day = null, YearMonth? month = null)
    {
        var parsed = IdentityNumber.Parse(number);
        return new ResolutionRecord(
            id,
            NodeKind.Person,
            key,
            NameNormalizer.Normalize(name),
            parsed?.Value,
            parsed?.Status,
            day ?? (parsed?.IsValid == true ? parsed.BirthDate : null),
            parsed?.Sex)
        {
            BirthMonth = month,
        };
    }
}
