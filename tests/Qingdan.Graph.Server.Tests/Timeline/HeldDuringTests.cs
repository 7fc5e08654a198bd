using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Server.Api.Timeline;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Tests.Timeline;

/// <summary>The shaded band of a finding's timeline: the days all its conditions held, as RULES.md reads them.</summary>
public sealed class HeldDuringTests
{
    [Fact]
    public void Each_path_holds_while_every_link_and_a_post_do_and_the_paths_are_joined()
    {
        var body = new FindingBody
        {
            Rule = RuleId.NL5,
            Evidence =
            [
                Path(Link(LinkKind.Family, "2000-01-01", "2019-12-31"), Link(LinkKind.Ownership, "2018-06-01", null)),
                Path(Link(LinkKind.Family, "2000-01-01", "2019-12-31"), Link(LinkKind.Role, "2010-01-01", "2012-12-31")),
            ],
        };
        IReadOnlyList<Interval> tenure = [Days("2011-01-01", "2014-12-31"), Days("2019-06-01", null)];

        var held = HeldDuring.Of(body, tenure);

        Assert.Equal([Days("2011-01-01", "2012-12-31"), Days("2019-06-01", "2019-12-31")], held);
    }

    [Fact]
    public void A_transaction_holds_on_its_day_and_an_open_relation_and_post_leave_it_so()
    {
        var body = new FindingBody
        {
            Rule = RuleId.NL3,
            Evidence =
            [
                Path(Link(LinkKind.Family, null, null), new EvidenceLinkBody { Kind = LinkKind.Transaction, Date = D("2024-03-01") }),
            ],
        };

        Assert.Equal([Days("2024-03-01", "2024-03-01")], HeldDuring.Of(body, [Days("2015-01-01", null)]));
    }

    [Fact]
    public void NL9_asks_no_tenure_and_a_path_whose_links_never_meet_adds_nothing()
    {
        var body = new FindingBody
        {
            Rule = RuleId.NL9,
            Evidence =
            [
                Path(Link(LinkKind.Family, "2020-01-01", null), Link(LinkKind.Role, "2021-01-01", null)),
                Path(Link(LinkKind.Family, "2020-01-01", "2020-12-31"), Link(LinkKind.Ownership, "2022-01-01", null)),
            ],
        };

        Assert.Equal([Days("2021-01-01", null)], HeldDuring.Of(body, [Days("2001-01-01", "2002-12-31")]));
    }

    [Fact]
    public void Runs_that_overlap_or_touch_are_one()
    {
        var runs = HeldDuring.Union(
            [
                Days("2020-03-01", "2020-03-31"), Days("2020-01-01", "2020-02-29"),
                Days("2021-01-01", null), Days("2022-01-01", "2022-02-01"),
            ]);

        Assert.Equal([Days("2020-01-01", "2020-03-31"), Days("2021-01-01", null)], runs);
    }

    private static EvidencePathBody Path(params EvidenceLinkBody[] links) => new() { Shows = "test", Links = links };

    private static EvidenceLinkBody Link(LinkKind kind, string? from, string? to) =>
        new() { Kind = kind, ValidFrom = D(from), ValidTo = D(to) };

    private static Interval Days(string? from, string? to) => new(D(from), D(to));

    private static DateOnly? D(string? day) => day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
}
