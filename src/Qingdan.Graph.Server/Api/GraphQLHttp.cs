using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api;

/// <summary>
/// <c>/graphql</c> as the GraphQL-over-HTTP specification has it: GET (queries only) and POST with
/// <c>application/json</c>; responses in <c>application/graphql-response+json</c> when the client
/// accepts it, else <c>application/json</c>. A request the server cannot run (bad JSON, bad
/// parameters, a document that does not parse or validate, bad variables) is 400 with
/// graphql-response+json and 200 with application/json, with no <c>data</c>; a mutation over GET is
/// 405; an Accept the server cannot meet is 406; a body that is not JSON is 415.
/// </summary>
public sealed class GraphQLHttp(
    IDocumentExecuter<QingdanSchema> executer, IGraphQLTextSerializer serializer, IOptions<ApiLimits> limits, ApiKeys keys, AuditLog audit) : IDisposable
{
    private readonly System.Threading.RateLimiting.PartitionedRateLimiter<string> _rates = System.Threading.RateLimiting.PartitionedRateLimiter.Create<string, string>(key =>
        System.Threading.RateLimiting.RateLimitPartition.GetTokenBucketLimiter(key, _ => new System.Threading.RateLimiting.TokenBucketRateLimiterOptions
        {
            // A minute's worth in the bucket, refilled evenly: every second at 60 a minute and more, else one token every 60/limit seconds.
            TokenLimit = Math.Max(1, limits.Value.RequestsPerMinute),
            TokensPerPeriod = Math.Max(1, limits.Value.RequestsPerMinute / 60),
            ReplenishmentPeriod = limits.Value.RequestsPerMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(60.0 / Math.Max(1, limits.Value.RequestsPerMinute)),
            QueueLimit = 0,
        }));

    public void Dispose() => _rates.Dispose();

    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            await HandleRequestAsync(http);
        }
        catch (Exception error) when (StoreFailure(error) is { } failure && !http.Response.HasStarted)
        {
            await StoreUnavailableAsync(http, Negotiate(http.Request.Headers.Accept) ?? Json, failure);
        }
    }

    /// <summary>The store failing under a request (PostgreSQL down or restarting, its network gone): the cause, or null for anything else.</summary>
    internal static Exception? StoreFailure(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException { IsTransient: true } or System.Net.Sockets.SocketException)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>503 with Retry-After and one plain error: nothing was read or written, the request may be sent again.</summary>
    private Task StoreUnavailableAsync(HttpContext http, string mediaType, Exception failure)
    {
        http.Response.Headers.RetryAfter = "5";
        ApiMetrics.Answered("store_unavailable", StatusCodes.Status503ServiceUnavailable, TimeSpan.Zero);
        return WriteAsync(http, StatusCodes.Status503ServiceUnavailable, mediaType, new ExecutionResult
        {
            Errors = [new ExecutionError($"The store is unreachable ({failure.Message.Split('\n')[0].Trim()}); nothing was read or changed — try again shortly.") { Code = "STORE_UNAVAILABLE" }],
        });
    }

    private async Task HandleRequestAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await PlainErrorAsync(http, StatusCodes.Status405MethodNotAllowed, Json, "GraphQL is served over GET (queries) and POST.");
            return;
        }

        var mediaType = Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await PlainErrorAsync(http, StatusCodes.Status406NotAcceptable, Json, $"The response is {GraphQLResponse} or {Json}; the Accept header allows neither.");
            return;
        }

        var strict = mediaType == GraphQLResponse;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var key = await keys.VerifyAsync(BearerToken(request), http.RequestAborted);
        if (key is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await PlainErrorAsync(http, StatusCodes.Status401Unauthorized, mediaType, request.Headers.Authorization.Count == 0
                ? "An API key is needed: Authorization: Bearer qd_… (qingdan keys create)."
                : "The API key is unknown, wrong or revoked.");
            return;
        }

        http.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Name, key.Name), new(System.Security.Claims.ClaimTypes.Role, key.Role)], "ApiKey"));
        using var lease = _rates.AttemptAcquire(key.Name);
        if (!lease.IsAcquired)
        {
            http.Response.Headers.RetryAfter = "1";
            await PlainErrorAsync(http, StatusCodes.Status429TooManyRequests, mediaType, $"This key made more than {limits.Value.RequestsPerMinute} requests a minute (Api:RequestsPerMinute).");
            return;
        }

        GraphQLRequest? parsed;
        string? problem;
        if (HttpMethods.IsPost(request.Method))
        {
            if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                await PlainErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, mediaType, $"A POST carries a JSON body with Content-Type: {Json}.");
                return;
            }

            if (request.ContentLength > limits.Value.MaxBodyBytes)
            {
                await PlainErrorAsync(http, StatusCodes.Status413PayloadTooLarge, mediaType, $"The body is larger than the limit of {limits.Value.MaxBodyBytes:N0} bytes (Api:MaxBodyBytes).");
                return;
            }

            (parsed, problem) = await ReadBodyAsync(request, http.RequestAborted);
        }
        else
        {
            (parsed, problem) = ReadQueryString(request.Query);
        }

        if (parsed is null)
        {
            await PlainErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, problem!);
            return;
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(parsed.Query!, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = 128 });
        }
        catch (GraphQLSyntaxErrorException syntax)
        {
            await WriteAsync(http, strict ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, mediaType, new ExecutionResult { Errors = [new SyntaxError(syntax)] });
            return;
        }

        if (HttpMethods.IsGet(request.Method) && SelectedOperation(document, parsed.OperationName) is { Operation: OperationType.Mutation or OperationType.Subscription })
        {
            http.Response.Headers.Allow = "POST";
            await PlainErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType, "Mutations are sent with POST, not GET.");
            return;
        }

        // A client that sends extensions {"storeRoundTrips": true} is told how many store commands the request ran.
        var trips = StoreCommands.Count();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        // The execution runs on the pool and is raced against the limit: a request past it is answered
        // at once (and cancelled), even when a resolver does not look at the cancellation token.
        var execution = Task.Run(
            () => executer.ExecuteAsync(new ExecutionOptions
            {
                Query = parsed.Query,
                Document = document,
                OperationName = parsed.OperationName,
                Variables = parsed.Variables,
                Extensions = parsed.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = timeout.Token,
            }),
            CancellationToken.None);
        if (await Task.WhenAny(execution, Task.Delay(limits.Value.Timeout, http.RequestAborted)) != execution && !http.RequestAborted.IsCancellationRequested)
        {
            await timeout.CancelAsync();
            _ = execution.ContinueWith(t => t.Exception, TaskScheduler.Default);
            await WriteAsync(http, StatusCodes.Status504GatewayTimeout, mediaType, new ExecutionResult
            {
                Errors = [new ExecutionError($"The request ran past the limit of {limits.Value.Timeout.TotalSeconds:0.###} s (Api:Timeout).") { Code = "TIMEOUT" }],
            });
            return;
        }

        var result = await execution;
        if (result.Errors?.Select(e => StoreFailure(e.InnerException)).FirstOrDefault(f => f is not null) is { } storeDown)
        {
            await StoreUnavailableAsync(http, mediaType, storeDown);
            return;
        }

        if (parsed.Extensions?.TryGetValue("storeRoundTrips", out var asked) == true && asked is true)
        {
            result.Extensions ??= [];
            result.Extensions["storeRoundTrips"] = trips.Value;
        }

        var trail = http.RequestServices.GetRequiredService<AuditTrail>();
        var operation = SelectedOperation(document, parsed.OperationName);
        if (result.Executed && (trail.Entities.Count > 0 || operation?.Operation == OperationType.Mutation))
        {
            await audit.WriteAsync(key.Name, key.Role, Describe(operation), trail.Entities, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", CancellationToken.None);
        }

        var forbidden = result.Errors?.Any(e => e is GraphQL.Validation.ValidationError { Number: AccessRule.Forbidden }) == true;
        var status = forbidden ? StatusCodes.Status403Forbidden : !result.Executed && strict ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await WriteAsync(http, status, mediaType, result);
        ApiMetrics.Answered(operation?.Name?.StringValue ?? Describe(operation), status, System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }

    /// <summary>graphql-response+json when accepted (first by quality, then by order), else application/json; null when neither is.</summary>
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

    private async Task<(GraphQLRequest?, string?)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonDocument json;
        try
        {
            json = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
        }
        catch (JsonException bad)
        {
            return (null, $"The body is not JSON: {bad.Message}");
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "The body must be a JSON object with a 'query'.");
            }

            var root = json.RootElement;
            return Build(
                root.TryGetProperty("query", out var query) ? query : (JsonElement?)null,
                root.TryGetProperty("operationName", out var name) ? name : null,
                root.TryGetProperty("variables", out var variables) ? variables : null,
                root.TryGetProperty("extensions", out var extensions) ? extensions : null);
        }
    }

    private (GraphQLRequest?, string?) ReadQueryString(IQueryCollection query)
    {
        static JsonElement? Text(string? value) => value is null ? null : JsonSerializer.SerializeToElement(value);

        JsonElement? Map(string name, out string? problem)
        {
            problem = null;
            if (!query.TryGetValue(name, out var text) || string.IsNullOrEmpty(text))
            {
                return null;
            }

            try
            {
                return JsonDocument.Parse(text.ToString()).RootElement.Clone();
            }
            catch (JsonException)
            {
                problem = $"The '{name}' parameter is not a JSON object.";
                return null;
            }
        }

        var variables = Map("variables", out var badVariables);
        var extensions = Map("extensions", out var badExtensions);
        if ((badVariables ?? badExtensions) is { } problem)
        {
            return (null, problem);
        }

        return Build(Text(query["query"].FirstOrDefault()), Text(query["operationName"].FirstOrDefault()), variables, extensions);
    }

    private (GraphQLRequest?, string?) Build(JsonElement? query, JsonElement? operationName, JsonElement? variables, JsonElement? extensions)
    {
        if (query is not { ValueKind: JsonValueKind.String } text || string.IsNullOrWhiteSpace(text.GetString()))
        {
            return (null, "The request has no 'query' string.");
        }

        if (operationName is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            return (null, "'operationName' must be a string or null.");
        }

        if (variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return (null, "'variables' must be a JSON object or null.");
        }

        if (extensions is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return (null, "'extensions' must be a JSON object or null.");
        }

        return (new GraphQLRequest
        {
            Query = text.GetString(),
            OperationName = operationName is { ValueKind: JsonValueKind.String } name ? name.GetString() : null,
            Variables = variables is { ValueKind: JsonValueKind.Object } v ? serializer.Deserialize<Inputs>(v.GetRawText()) : null,
            Extensions = extensions is { ValueKind: JsonValueKind.Object } e ? serializer.Deserialize<Inputs>(e.GetRawText()) : null,
        }, null);
    }

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }

    private static string? BearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;

    /// <summary>"query Name { person, findings }": the operation and its root fields, for the audit log.</summary>
    private static string Describe(GraphQLOperationDefinition? operation) => operation is null
        ? "unknown"
        : $"{operation.Operation.ToString().ToLowerInvariant()} {operation.Name?.StringValue} {{ {string.Join(", ", operation.SelectionSet.Selections.OfType<GraphQLField>().Select(f => f.Name.StringValue))} }}".Replace("  ", " ", StringComparison.Ordinal);

    private Task PlainErrorAsync(HttpContext http, int status, string mediaType, string message) =>
        WriteAsync(http, status, mediaType, new ExecutionResult { Errors = [new ExecutionError(message) { Code = "BAD_REQUEST" }] });

    private async Task WriteAsync(HttpContext http, int status, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        if (Access.RoleOf(http.User) != Roles.Analyst)
        {
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
            return;
        }

        // Analysts see identity numbers masked wherever they would appear: fields, evidence, rejected rows, messages.
        var text = Access.MaskAll(serializer.Serialize(result));
        await http.Response.WriteAsync(text, http.RequestAborted);
    }
}
