using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Resolution;

namespace Qingdan.Graph.Ingest.Tests;

public sealed class EntityResolverTests
{
    private const string Wang = "440802196803150017";
    private const string OtherWang = "440802196803150033";
    private static readonly DateOnly WangBirth = new(1968, 3, 15);

    [Fact]
    public void Same_valid_identity_number_is_one_person_whatever_the_name()
    {
        var result = Resolve(
            Person(1, "cadre|p1", "王建国", Wang),
            Person(2, "civil|x7", "王建國", Wang));

        Assert.Equal([[1, 2]], Partition(result));
        Assert.Equal(ResolutionRule.Identifier, result.RuleByRecord[2]);
    }

    [Fact]
    public void Masked_number_fitting_one_known_number_under_the_same_name_merges()
    {
        var result = Resolve(
            Person(1, "cadre|p1", "王建国", Wang),
            Person(2, "company|c1", "王建国", "440802********0017"));

        Assert.Equal([[1, 2]], Partition(result));
        Assert.Equal(ResolutionRule.MaskedIdentifier, result.RuleByRecord[2]);
    }

    [Fact]
    public void Masked_number_under_another_name_stays_apart()
    {
        var result = Resolve(
            Person(1, "cadre|p1", "王建国", Wang),
            Person(2, "company|c1", "王建军", "440802********0017"));

        Assert.Equal([[1], [2]], Partition(result));
    }

    [Fact]
    public void Masked_number_fitting_two_known_numbers_stays_apart_and_becomes_a_candidate()
    {
        var result = Resolve(
            Person(1, "cadre|p1", "王建国", Wang),
            Person(2, "civil|p9", "王建国", OtherWang),
            Person(3, "company|c1", "王建国", "440802**********"[..14] + "****"));

        Assert.Equal([[1], [2], [3]], Partition(result));
        Assert.Equal(2, result.Candidates.Count(c => c.RecordA == 3 || c.RecordB == 3));
    }

    [Fact]
    public void Same_name_and_birth_date_with_one_identified_candidate_merges()
    {
        var result = Resolve(
            Person(1, "cadre|p1", "王建国", Wang),
            Person(2, "finance|f1", "王建国", null, WangBirth),
            Person(3, "civil|m4", "王建国", null, WangBirth));

        Assert.Equal([[1, 2, 3]], Partition(result));
        Assert.Equal(ResolutionRule.NameAndBirthDate, result.RuleByRecord[2]);
    }

    [Fact]
    public void Same_name_and_birth_date_shared_by_two_identified_people_is_left_to_a_person()
    {
        var result = Resolve(
            Person(1, "cadre|p1", "王建国", Wang),
            Person(2, "civil|p9", "王建国", OtherWang, WangBirth),
            Person(3, "finance|f1", "王建国", null, WangBirth));

        Assert.Equal([[1], [2], [3]], Partition(result));
        Assert.Equal(2, result.Candidates.Count);
    }

    [Fact]
    public void Conflicting_gender_blocks_a_name_and_birth_date_merge()
    {
        var result = Resolve(
            Person(1, "cadre|p1", "王建国", Wang),
            Person(2, "finance|f1", "王建国", null, WangBirth, Sex.Female));

        Assert.Equal([[1], [2]], Partition(result));
    }

    [Fact]
    public void Undated_unidentified_namesake_becomes_a_candidate_not_a_merge()
    {
        var result = Resolve(
            Person(1, "cadre|p1", "李秀英", null, new DateOnly(1970, 5, 2)),
            Person(2, "company|c2", "李秀英", null));

        Assert.Equal([[1], [2]], Partition(result));
        Assert.Equal(
            new ResolutionCandidatePair(1, 2, "same name; no identifier or birth date to decide"),
            Assert.Single(result.Candidates));
    }

    [Fact]
    public void A_later_identified_namesake_undoes_an_earlier_name_and_birth_date_merge()
    {
        var before = Resolve(Person(1, "cadre|p1", "王建国", Wang), Person(3, "finance|f1", "王建国", null, WangBirth));
        var after = Resolve(
            Person(1, "cadre|p1", "王建国", Wang),
            Person(3, "finance|f1", "王建国", null, WangBirth),
            Person(2, "civil|p9", "王建国", OtherWang, WangBirth));

        Assert.Equal([[1, 3]], Partition(before));
        Assert.Equal([[1], [2], [3]], Partition(after));
    }

    [Fact]
    public void A_different_decision_splits_even_a_shared_identifier()
    {
        var result = Resolve(
            [Person(1, "cadre|p1", "王建国", Wang), Person(2, "civil|x7", "王建国", Wang), Person(3, "company|c1", "王建国", "440802********0017")],
            [new MatchDecision(1, 2, Same: false)]);

        Assert.DoesNotContain(Partition(result), cluster => cluster.Contains(1) && cluster.Contains(2));
    }

    [Fact]
    public void A_same_decision_merges_what_no_rule_could()
    {
        var result = Resolve(
            [Person(1, "cadre|p1", "李秀英", null, new DateOnly(1970, 5, 2)), Person(2, "company|c2", "李秀英", null)],
            [new MatchDecision(1, 2, Same: true)]);

        Assert.Equal([[1, 2]], Partition(result));
        Assert.Equal(ResolutionRule.Decision, result.RuleByRecord[2]);
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void Companies_merge_by_credit_code_and_by_normalised_name()
    {
        var code = CreditCode.Create("91440802MA4UJ0XX1").Value;
        var result = Resolve(
            Company(1, "company|c1", "湛江市海滨建材有限责任公司", code),
            Company(2, "ocds|S1", "湛江市海滨建材有限公司", null),
            Company(3, "finance|k2", "湛江市 海滨建材有限公司", code),
            Company(4, "company|c2", "湛江市山海贸易有限公司", null));

        Assert.Equal([[1, 2, 3], [4]], Partition(result));
    }

    [Fact]
    public void Decisions_are_never_merged()
    {
        var result = Resolve(
            new ResolutionRecord(1, NodeKind.Decision, "procurement|d1", "海滨路工程", null, null, null, null),
            new ResolutionRecord(2, NodeKind.Decision, "ocds|x/A1", "海滨路工程", null, null, null, null));

        Assert.Equal([[1], [2]], Partition(result));
    }

    [Fact]
    public void The_partition_does_not_depend_on_the_order_records_arrive_in()
    {
        ResolutionRecord[] records =
        [
            Person(1, "cadre|p1", "王建国", Wang),
            Person(2, "company|c1", "王 建国", "440802********0017"),
            Person(3, "finance|f1", "王建国", null, WangBirth),
            Person(4, "civil|m1", "李秀英", null, new DateOnly(1970, 5, 2)),
            Person(5, "company|c2", "李秀英", null, new DateOnly(1970, 5, 2)),
            Person(6, "civil|p9", "王建国", OtherWang),
        ];
        var expected = Partition(EntityResolver.Resolve(records, []));

        foreach (var permutation in Permutations(records))
        {
            Assert.Equal(expected, Partition(EntityResolver.Resolve(permutation, [])));
        }
    }

    private static ResolutionResult Resolve(params ResolutionRecord[] records) => EntityResolver.Resolve(records, []);

    private static ResolutionResult Resolve(ResolutionRecord[] records, MatchDecision[] decisions)
        => EntityResolver.Resolve(records, decisions);

    private static List<List<long>> Partition(ResolutionResult result) =>
        result.Clusters.Select(c => c.Order().ToList()).OrderBy(c => c[0]).ToList();

    private static ResolutionRecord Person(long id, string key, string name, string? number, DateOnly? birth = null, Sex? gender = null)
    {
        var parsed = IdentityNumber.Parse(number);
        return new ResolutionRecord(
            id,
            NodeKind.Person,
            key,
            Core.Text.NameNormalizer.Normalize(name),
            parsed?.Value,
            parsed?.Status,
            birth ?? (parsed?.IsValid == true ? parsed.BirthDate : null),
            gender ?? parsed?.Sex);
    }

    private static ResolutionRecord Company(long id, string key, string name, string? code)
    {
        var parsed = CreditCode.Parse(code);
        return new ResolutionRecord(
            id,
            NodeKind.Company,
            key,
            Core.Text.NameNormalizer.Normalize(name),
            parsed?.Value,
            parsed?.Status,
            null,
            null);
    }

    private static IEnumerable<T[]> Permutations<T>(T[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
