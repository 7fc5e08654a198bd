using System.Text.Json;
using Qingdan.Graph.Server.Tests.Api;

namespace Qingdan.Graph.Server.Tests.Timeline;

/// <summary>finding.heldDuring over the fixture's planted case: a post since 2015, a marriage since 1995, the spouse's stake since
/// 2016, a loan to the spouse on 2024-03-01.</summary>
[Collection(ApiCollection.Name)]
public sealed class TimelineApiTests(ApiFixture api)
{
    [Fact]
    public async Task The_stake_holds_from_its_first_day_on_and_the_loan_on_its_day()
    {
        using var response = await new GraphQLHttpTests(api).PostAsync(
            JsonSerializer.Serialize(new
            {
                query = "{ findings(where: { rule: { in: [NL3, NL5] } }) { nodes { rule heldDuring { from to } } } }",
            }),
            "application/json");
        var json = await GraphQLHttpTests.JsonAsync(response);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());

        var held = json.GetProperty("data").GetProperty("findings").GetProperty("nodes").EnumerateArray().ToDictionary(
            n => n.GetProperty("rule").GetString()!,
            n => string.Join(" ", n.GetProperty("heldDuring").EnumerateArray().Select(i => $"{Day(i, "from")}..{Day(i, "to")}")));

        Assert.Equal("2016-01-01..open", held["NL5"]);
        Assert.Equal("2024-03-01..2024-03-01", held["NL3"]);
    }

    private static string Day(JsonElement interval, string end) => interval.GetProperty(end).GetString() ?? "open";
}
