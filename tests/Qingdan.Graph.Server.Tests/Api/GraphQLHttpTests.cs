using System.Net;
using System.Text;
using System.Text.Json;
using Qingdan.Graph.Server.Api;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>The GraphQL-over-HTTP rules of /graphql, through a real socket.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLHttpTests(ApiFixture api)
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    public async Task Post_answers_in_the_media_type_the_client_accepts(string? accept, string expected)
    {
        using var response = await PostAsync("""{"query":"{ __typename }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("Query", (await JsonAsync(response)).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Get_runs_queries_with_variables_and_refuses_mutations_with_405()
    {
        var query = Uri.EscapeDataString("query Q($id: ID!) { person(id: $id) { name } }");
        var variables = Uri.EscapeDataString("""{"id":"p_1"}""");
        using var get = await api.Client.GetAsync($"/graphql?query={query}&variables={variables}");
        using var mutation = await api.Client.GetAsync($"/graphql?query={Uri.EscapeDataString("mutation { __typename }")}");

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("王建国", (await JsonAsync(get)).GetProperty("data").GetProperty("person").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Contains("POST", mutation.Content.Headers.Allow);
    }

    [Fact]
    public async Task Unacceptable_accept_is_406_and_a_body_that_is_not_json_is_415()
    {
        using var html = await PostAsync("""{"query":"{ __typename }"}""", "text/html");
        using var text = new StringContent("{ __typename }", Encoding.UTF8, "text/plain");
        using var plain = await api.Client.PostAsync("/graphql", text);
        using var put = await api.Client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotAcceptable, html.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
    }

    [Theory]
    [InlineData("""{ "not json""", "json")]
    [InlineData("""{"qeury":"{ __typename }"}""", "missing query")]
    [InlineData("""{"query":7}""", "query not a string")]
    [InlineData("""{"query":"{ __typename }","variables":"x"}""", "variables not a map")]
    [InlineData("""{"query":"{ __typename }","operationName":false}""", "operationName not a string")]
    [InlineData("""{"query":"{ __typename }","extensions":[1]}""", "extensions not a map")]
    public async Task A_request_that_is_not_well_formed_is_400_whatever_the_client_accepts(string body, string what)
    {
        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            using var response = await PostAsync(body, accept);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}, {accept}: {response.StatusCode}");
            var json = await JsonAsync(response);
            Assert.False(json.TryGetProperty("data", out _), what);
            Assert.NotEmpty(json.GetProperty("errors").EnumerateArray());
        }
    }

    [Theory]
    [InlineData("""{"query":"{"}""", "parse")]
    [InlineData("""{"query":"{ noSuchField }"}""", "validation")]
    [InlineData("""{"query":"query Q($id: ID!) { person(id: $id) { name } }","variables":{"id":{"a":1}}}""", "variable value")]
    public async Task A_document_that_cannot_run_is_400_without_data_in_graphql_response_json_and_200_with_errors_in_json(
        string body,
        string what)
    {
        using var strict = await PostAsync(body, GraphQLResponse);
        using var legacy = await PostAsync(body, "application/json");

        Assert.True(strict.StatusCode == HttpStatusCode.BadRequest, $"{what}: {strict.StatusCode}");
        var strictJson = await JsonAsync(strict);
        Assert.False(strictJson.TryGetProperty("data", out _), what);
        Assert.NotEmpty(strictJson.GetProperty("errors").EnumerateArray());
        Assert.True(legacy.StatusCode == HttpStatusCode.OK, $"{what}: {legacy.StatusCode}");
        Assert.NotEmpty((await JsonAsync(legacy)).GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public void Accept_negotiation_prefers_graphql_response_json_and_falls_back_to_json()
    {
        Assert.Equal(GraphQLHttp.Json, GraphQLHttp.Negotiate(default));
        Assert.Equal(GraphQLResponse, GraphQLHttp.Negotiate("application/graphql-response+json, application/json"));
        Assert.Null(GraphQLHttp.Negotiate("text/html, image/png"));
        Assert.Equal(GraphQLHttp.Json, GraphQLHttp.Negotiate("text/html, application/*;q=0.1"));
    }

    internal async Task<HttpResponseMessage> PostAsync(string body, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json")
        };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await api.Client.SendAsync(request);
    }

    internal static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}
