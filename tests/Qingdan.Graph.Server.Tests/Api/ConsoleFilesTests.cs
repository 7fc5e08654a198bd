using System.Net;
using System.Text.RegularExpressions;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>The console and GraphiQL as the server hands them out: built files, cache rules, a content security policy.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class ConsoleFilesTests(ApiFixture api)
{
    [Fact]
    public async Task The_console_is_served_at_the_root_without_a_key_and_never_cached()
    {
        using var client = api.ClientWith(null);
        using var page = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("清单图谱", html, StringComparison.Ordinal);
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_script_and_style_the_pages_name_is_served_from_this_origin_and_cached_for_good()
    {
        using var client = api.ClientWith(null);
        foreach (var path in new[] { "/", "/graphiql" })
        {
            var html = await client.GetStringAsync(path);
            var assets = AssetReference().Matches(html).Select(m => m.Groups["path"].Value).ToList();
            Assert.NotEmpty(assets);
            Assert.DoesNotContain(assets, a => a.StartsWith("//", StringComparison.Ordinal) || a.Contains("://", StringComparison.Ordinal));
            foreach (var asset in assets)
            {
                using var response = await client.GetAsync(asset);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} names {asset}, answered {(int)response.StatusCode}");
                Assert.Contains("immutable", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task GraphiQL_is_at_its_own_address()
    {
        using var client = api.ClientWith(null);
        using var page = await client.GetAsync("/graphiql");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<div id=\"graphiql\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:src|href)=\"(?<path>/assets/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
