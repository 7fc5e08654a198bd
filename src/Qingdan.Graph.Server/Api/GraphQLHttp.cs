using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Server.Api;

/// <summary>
/// <c>/graphql</c> as the GraphQL-over-HTTP specification has it, in the shape of graphql-dotnet server's
/// <c>GraphQLHttpMiddleware</c>: negotiate, read, execute, write. GET (queries only) and POST with
/// <c>application/json</c>; responses in <c>application/graphql-response+json</c> when the client accepts
/// it, else <c>application/json</c>. A request the server cannot run (bad JSON, bad parameters, a document
/// that does not parse or validate, bad variables) is 400 with graphql-response+json and 200 with
/// application/json, with no <c>data</c>; a mutation over GET is 405; an Accept the server cannot meet is
/// 406; a body that is not JSON is 415. Keys, rate limits, roles, masking and the audit are not here:
/// ASP.NET Core's authentication and rate limiter run before, the schema's rules, field middleware and
/// execution listener during.
/// </summary>
public sealed class GraphQLHttp(IDocumentExecuter<QingdanSchema> executer, IGraphQLTextSerializer serializer, IOptions<ApiLimits> limits)
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>How deeply a request's JSON may nest (objects and arrays): far past any filter a person writes, short of what
    /// could exhaust the stack of the code that reads it.</summary>
    public const int MaxJsonDepth = 64;

    public async Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var mediaType = Negotiate(http);
            var request = await ReadAsync(http);
            var result = await ExecuteAsync(http, request);
            var status = await WriteAsync(http, mediaType, result);
            ApiMetrics.Answered(
                result.Operation?.Name?.StringValue ?? AuditListener.Describe(result.Operation),
                status,
                System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (RequestError error) when (!http.Response.HasStarted)
        {
            await WriteErrorAsync(http, error);
        }
        catch (Exception error) when (RequestError.StoreFailure(error) is { } failure && !http.Response.HasStarted)
        {
            await WriteErrorAsync(http, RequestError.StoreUnavailable(failure));
        }
    }

    /// <summary>The answer to a refused request: its status and headers, one error, in the media type the client accepts.</summary>
    public static Task WriteErrorAsync(HttpContext http, RequestError error)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(error);
        if (error.Code == "STORE_UNAVAILABLE")
        {
            ApiMetrics.Answered("store_unavailable", error.PreferredStatusCode, TimeSpan.Zero);
        }

        foreach (var (name, value) in error.Headers)
        {
            http.Response.Headers[name] = value;
        }

        http.Response.StatusCode = error.PreferredStatusCode;
        http.Response.ContentType = $"{Negotiate(http.Request.Headers.Accept) ?? Json}; charset=utf-8";
        return http.RequestServices.GetRequiredService<IGraphQLTextSerializer>()
            .WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, http.RequestAborted);
    }

    /// <summary>graphql-response+json when accepted (first by quality, then by order), else application/json; null when neither
    /// is.</summary>
    public static string? Negotiate(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return Json;
        }

        foreach (var type in types.Where(t => t.Quality is not 0).OrderByDescending(t => t.Quality ?? 1))
        {
            var name = type.MediaType.Value ?? string.Empty;
            if (name.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (name.Equals(Json, StringComparison.OrdinalIgnoreCase) || name is "*/*" or "application/*")
            {
                return Json;
            }
        }

        return null;
    }

    private static string Negotiate(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
        {
            throw RequestError.MethodNotAllowed();
        }

        return Negotiate(http.Request.Headers.Accept) ?? throw RequestError.NotAcceptable();
    }

    private async Task<GraphQLRequest> ReadAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            return ReadQueryString(request.Query);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            throw RequestError.UnsupportedMediaType();
        }

        if (request.ContentLength > limits.Value.MaxBodyBytes)
        {
            throw RequestError.PayloadTooLarge(limits.Value.MaxBodyBytes);
        }

        JsonDocument json;
        try
        {
            json = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = MaxJsonDepth }, http.RequestAborted);
        }
        catch (JsonException bad)
        {
            throw RequestError.Malformed($"The body is not JSON, or nests deeper than {MaxJsonDepth} levels: {bad.Message}");
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw RequestError.Malformed("The body must be a JSON object with a 'query'.");
            }

            var root = json.RootElement;
            return Build(
                root.TryGetProperty("query", out var query) ? query : (JsonElement?)null,
                root.TryGetProperty("operationName", out var name) ? name : null,
                root.TryGetProperty("variables", out var variables) ? variables : null,
                root.TryGetProperty("extensions", out var extensions) ? extensions : null);
        }
    }

    private GraphQLRequest ReadQueryString(IQueryCollection query)
    {
        static JsonElement? Text(string? value) => value is null ? null : JsonSerializer.SerializeToElement(value);

        JsonElement? Map(string name)
        {
            if (!query.TryGetValue(name, out var text) || string.IsNullOrEmpty(text))
            {
                return null;
            }

            try
            {
                return JsonDocument.Parse(text.ToString(), new JsonDocumentOptions { MaxDepth = MaxJsonDepth }).RootElement.Clone();
            }
            catch (JsonException)
            {
                throw RequestError.Malformed($"The '{name}' parameter is not a JSON object, or nests deeper than {MaxJsonDepth} levels.");
            }
        }

        var variables = Map("variables");
        var extensions = Map("extensions");
        return Build(Text(query["query"].FirstOrDefault()), Text(query["operationName"].FirstOrDefault()), variables, extensions);
    }

    private GraphQLRequest Build(JsonElement? query, JsonElement? operationName, JsonElement? variables, JsonElement? extensions)
    {
        if (query is not { ValueKind: JsonValueKind.String } text || string.IsNullOrWhiteSpace(text.GetString()))
        {
            throw RequestError.Malformed("The request has no 'query' string.");
        }

        if (operationName is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            throw RequestError.Malformed("'operationName' must be a string or null.");
        }

        if (variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            throw RequestError.Malformed("'variables' must be a JSON object or null.");
        }

        if (extensions is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            throw RequestError.Malformed("'extensions' must be a JSON object or null.");
        }

        return new GraphQLRequest
        {
            Query = text.GetString(),
            OperationName = operationName is { ValueKind: JsonValueKind.String } name ? name.GetString() : null,
            Variables = variables is { ValueKind: JsonValueKind.Object } v ? serializer.Deserialize<Inputs>(v.GetRawText()) : null,
            Extensions = extensions is { ValueKind: JsonValueKind.Object } e ? serializer.Deserialize<Inputs>(e.GetRawText()) : null,
        };
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request)
    {
        // A client that sends extensions {"storeRoundTrips": true} is told how many store commands the request ran.
        var trips = StoreCommands.Count();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        // The execution runs on the pool and is raced against the limit: a request past it is answered
        // at once (and cancelled), even when a resolver does not look at the cancellation token.
        var execution = Task.Run(
            () => executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                UserContext = new Dictionary<string, object?>
                {
                    [AuditListener.AddressKey] = http.Connection.RemoteIpAddress?.ToString() ?? "unknown"
                },
                // GET runs queries only; the schema's own rules (access, complexity) are added to these.
                ValidationRules = HttpMethods.IsGet(http.Request.Method) ? MutationOverGetRule.GetRules : null,
                CancellationToken = timeout.Token,
            }),
            CancellationToken.None);
        if (await Task.WhenAny(execution, Task.Delay(limits.Value.Timeout, http.RequestAborted)) != execution
            && !http.RequestAborted.IsCancellationRequested)
        {
            await timeout.CancelAsync();
            _ = execution.ContinueWith(t => t.Exception, TaskScheduler.Default);
            throw RequestError.Timeout(limits.Value.Timeout);
        }

        var result = await execution;
        if (result.Errors?.Select(e => RequestError.StoreFailure(e.InnerException)).FirstOrDefault(f => f is not null) is { } storeDown)
        {
            throw RequestError.StoreUnavailable(storeDown);
        }

        // A query refused before it ran (a role or a scope that may not ask it) is a denial like any other: on record.
        if (result.Errors?.OfType<Security.ForbiddenError>().ToList() is { Count: > 0 } refusals)
        {
            await http.RequestServices.GetRequiredService<Store.Security.AuditLog>().WriteAsync(
                http.User.Identity?.Name ?? string.Empty,
                Security.Access.RoleOf(http.User),
                "denied: " + string.Join(" ", refusals.Select(r => r.Message)),
                [],
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                CancellationToken.None);
        }

        if (request.Extensions?.TryGetValue("storeRoundTrips", out var asked) == true && asked is true)
        {
            result.Extensions ??= [];
            result.Extensions["storeRoundTrips"] = trips.Value;
        }

        return result;
    }

    /// <summary>
    /// The status an error prefers (a mutation over GET 405 before a forbidden field 403), else 400 for a
    /// document that could not run when the client reads graphql-response+json, else 200.
    /// </summary>
    private async Task<int> WriteAsync(HttpContext http, string mediaType, ExecutionResult result)
    {
        var preferred = result.Errors?.OfType<IHasPreferredStatusCode>().Select(e => e.PreferredStatusCode).DefaultIfEmpty().Max() ?? 0;
        var status = preferred != 0
            ? preferred
            : !result.Executed && mediaType == GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
        return status;
    }
}
