using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>
/// The graphql-transport-ws protocol (github.com/enisdenjo/graphql-ws, PROTOCOL.md) on <c>/graphql</c>, written here since
/// GraphQL.Server.Transports is not to be had: <c>connection_init</c> signs in with its payload's <c>authorization</c> (an API
/// key or an identity provider's token, <c>Bearer …</c>, as the HTTP endpoint takes them) and is answered
/// <c>connection_ack</c>; <c>ping</c>/<c>pong</c>; <c>subscribe</c> runs a subscription (each event a <c>next</c>) or a query
/// or mutation (one <c>next</c>, then <c>complete</c>); <c>complete</c> from the client stops one. Protocol errors close the
/// socket: 4400 a message that is not the protocol's, 4401 subscribe before the ack, 4403 a sign-in refused, 4406 another
/// subprotocol, 4408 no <c>connection_init</c> in time, 4409 an id already running, 4429 a second <c>connection_init</c>.
/// </summary>
public sealed class GraphQLWebSocket(
    IDocumentExecuter<QingdanSchema> executer,
    IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopes,
    IOptions<NotificationOptions> options,
    ILogger<GraphQLWebSocket> logger)
{
    public const string Protocol = "graphql-transport-ws";

    /// <summary>The largest message read; past it the socket closes with 4400.</summary>
    public const int MaxMessageBytes = 1 << 20;

    public async Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var speaks = http.WebSockets.WebSocketRequestedProtocols.Contains(Protocol);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(speaks ? Protocol : null);
        if (!speaks)
        {
            await CloseAsync(socket, 4406, "Subprotocol not acceptable", CancellationToken.None);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var session = new Session(this, socket, scope.ServiceProvider, http);
        await session.RunAsync(http.RequestAborted);
    }

    private static async Task CloseAsync(WebSocket socket, int code, string reason, CancellationToken cancellationToken)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException or IOException)
            {
                // The peer is gone already.
            }
        }
    }

    private sealed class Session(GraphQLWebSocket transport, WebSocket socket, IServiceProvider services, HttpContext http)
    {
        private readonly SemaphoreSlim _sending = new(1, 1);
        private readonly Dictionary<string, IDisposable> _running = new(StringComparer.Ordinal);
        private readonly CancellationTokenSource _closing = new();
        private ClaimsPrincipal? _user;
        private bool _initialised;

        public async Task RunAsync(CancellationToken aborted)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, _closing.Token);
            var token = linked.Token;
            _ = InitTimeoutAsync(token);
            try
            {
                while (socket.State is WebSocketState.Open or WebSocketState.CloseSent && !token.IsCancellationRequested)
                {
                    var message = await ReceiveAsync(token);
                    if (message is null)
                    {
                        break;
                    }

                    await HandleAsync(message, token);
                }
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException or IOException)
            {
                // The client went away or the server is stopping.
            }
            finally
            {
                lock (_running)
                {
                    foreach (var subscription in _running.Values)
                    {
                        subscription.Dispose();
                    }

                    _running.Clear();
                }

                await CloseAsync(socket, (int)WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            }
        }

        private async Task InitTimeoutAsync(CancellationToken token)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(transport.Options.ConnectionInitSeconds), token);
                if (!_initialised)
                {
                    await FailAsync(4408, "Connection initialisation timeout");
                }
            }
            catch (OperationCanceledException)
            {
                // The session ended first.
            }
        }

        private async Task<string?> ReceiveAsync(CancellationToken token)
        {
            var buffer = new byte[8192];
            using var message = new MemoryStream();
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer, token);
                if (read.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, read.Count);
                if (message.Length > MaxMessageBytes)
                {
                    await FailAsync(4400, $"Message larger than {MaxMessageBytes} bytes");
                    return null;
                }

                if (read.EndOfMessage)
                {
                    return read.MessageType == WebSocketMessageType.Text ? Encoding.UTF8.GetString(message.ToArray()) : string.Empty;
                }
            }
        }

        private async Task HandleAsync(string text, CancellationToken token)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text);
            }
            catch (JsonException)
            {
                await FailAsync(4400, "Invalid message received: not JSON");
                return;
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                {
                    await FailAsync(4400, "Invalid message received: no type");
                    return;
                }

                var payload = root.TryGetProperty("payload", out var p) ? p : default;
                var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
                switch (type.GetString())
                {
                    case "connection_init":
                        await InitAsync(payload, token);
                        break;
                    case "ping":
                        await SendAsync(Message("pong", null, null), token);
                        break;
                    case "pong":
                        break;
                    case "subscribe" when !_initialised || _user is null:
                        await FailAsync(4401, "Unauthorized");
                        break;
                    case "subscribe" when string.IsNullOrEmpty(id) || payload.ValueKind != JsonValueKind.Object:
                        await FailAsync(4400, "Invalid message received: subscribe needs an id and a payload");
                        break;
                    case "subscribe":
                        await SubscribeAsync(id!, payload, token);
                        break;
                    case "complete" when !string.IsNullOrEmpty(id):
                        Stop(id!);
                        break;
                    default:
                        await FailAsync(4400, $"Invalid message received: '{type.GetString()}'");
                        break;
                }
            }
        }

        private async Task InitAsync(JsonElement payload, CancellationToken token)
        {
            if (_initialised)
            {
                await FailAsync(4429, "Too many initialisation requests");
                return;
            }

            _initialised = true;
            var authorization = payload.ValueKind == JsonValueKind.Object
                && (payload.TryGetProperty("authorization", out var a) || payload.TryGetProperty("Authorization", out a))
                && a.ValueKind == JsonValueKind.String
                    ? a.GetString()!
                    : string.Empty;
            if (authorization.Length > 0 && !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                authorization = "Bearer " + authorization;
            }

            // The sign-in the HTTP endpoint runs, on a request of its own that carries the payload's Authorization.
            var probe = new DefaultHttpContext { RequestServices = services };
            probe.Request.Headers.Authorization = authorization;
            probe.Connection.RemoteIpAddress = http.Connection.RemoteIpAddress;
            AuthenticateResult result;
            try
            {
                result = authorization.Length == 0 ? AuthenticateResult.NoResult() : await probe.AuthenticateAsync(OidcAuthentication.SignInScheme);
            }
            catch (Exception error) when (RequestError.StoreFailure(error) is not null || error is InvalidOperationException)
            {
                transport.Logger.LogWarning(error, "A WebSocket sign-in could not be checked.");
                await FailAsync(4403, "Forbidden: the sign-in could not be checked");
                return;
            }

            if (!result.Succeeded || result.Principal is not { } user || OidcClaims.DenialOf(user) is not null)
            {
                await FailAsync(4403, Reason(result, authorization.Length == 0));
                return;
            }

            _user = user;
            await SendAsync(Message("connection_ack", null, null), token);
        }

        private static string Reason(AuthenticateResult result, bool missing)
        {
            var why = missing ? "no authorization in the connection_init payload" : result.Failure?.Message ?? "the sign-in was refused";
            var reason = "Forbidden: " + why;
            // A close reason is at most 123 bytes.
            while (Encoding.UTF8.GetByteCount(reason) > 123)
            {
                reason = reason[..^1];
            }

            return reason;
        }

        private async Task SubscribeAsync(string id, JsonElement payload, CancellationToken token)
        {
            lock (_running)
            {
                if (_running.ContainsKey(id))
                {
                    _ = FailAsync(4409, $"Subscriber for {(id.Length > 80 ? id[..80] : id)} already exists");
                    return;
                }

                _running[id] = new Placeholder();
            }

            ExecutionResult result;
            try
            {
                result = await transport.Executer.ExecuteAsync(new ExecutionOptions
                {
                    Query = payload.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null,
                    OperationName = payload.TryGetProperty("operationName", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null,
                    Variables = payload.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object
                        ? transport.Serializer.Deserialize<Inputs>(v.GetRawText())
                        : null,
                    RequestServices = services,
                    User = _user!,
                    UserContext = new Dictionary<string, object?>
                    {
                        [AuditListener.AddressKey] = http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    },
                    CancellationToken = token,
                });
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                transport.Logger.LogWarning(error, "A WebSocket operation failed.");
                result = new ExecutionResult { Errors = [new ExecutionError("The operation failed on the server.")] };
            }

            if (result.Streams is { Count: > 0 } streams)
            {
                var subscription = new Subscriptions(streams.Values.Select(s => s.Subscribe(new Forward(this, id))).ToList());
                lock (_running)
                {
                    if (_running.ContainsKey(id))
                    {
                        _running[id] = subscription;
                        return;
                    }
                }

                subscription.Dispose();
                return;
            }

            lock (_running)
            {
                _running.Remove(id);
            }

            if (!result.Executed && result.Errors is { Count: > 0 })
            {
                var written = transport.Serializer.Serialize(result);
                using var document = JsonDocument.Parse(written);
                await SendAsync(Message("error", id, document.RootElement.GetProperty("errors").GetRawText()), token);
                return;
            }

            await SendAsync(Message("next", id, transport.Serializer.Serialize(result)), token);
            await SendAsync(Message("complete", id, null), token);
        }

        private void Stop(string id)
        {
            IDisposable? subscription;
            lock (_running)
            {
                if (_running.Remove(id, out subscription))
                {
                    subscription.Dispose();
                }
            }
        }

        private async Task FailAsync(int code, string reason)
        {
            await CloseAsync(socket, code, reason, CancellationToken.None);
            // The receive loop reads the client's close frame, completing the handshake; a client that never sends it is dropped.
            _closing.CancelAfter(TimeSpan.FromSeconds(2));
        }

        private async Task SendAsync(string message, CancellationToken token)
        {
            await _sending.WaitAsync(token);
            try
            {
                if (socket.State == WebSocketState.Open)
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, token);
                }
            }
            finally
            {
                _sending.Release();
            }
        }

        private static string Message(string type, string? id, string? payload)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                if (id is not null)
                {
                    json.WriteString("id", id);
                }

                json.WriteString("type", type);
                if (payload is not null)
                {
                    json.WritePropertyName("payload");
                    json.WriteRawValue(payload, skipInputValidation: true);
                }

                json.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        private sealed class Placeholder : IDisposable
        {
            public void Dispose()
            {
            }
        }

        private sealed class Subscriptions(List<IDisposable> items) : IDisposable
        {
            public void Dispose()
            {
                foreach (var item in items)
                {
                    item.Dispose();
                }
            }
        }

        /// <summary>Each event as a <c>next</c>, the stream's end as a <c>complete</c>, its failure as an <c>error</c>.</summary>
        private sealed class Forward(Session session, string id) : IObserver<ExecutionResult>
        {
            public void OnNext(ExecutionResult value) =>
                session.Post(Message("next", id, session.Serialize(value)));

            public void OnError(Exception error) =>
                session.Post(Message("error", id, JsonSerializer.Serialize(new[] { new { message = error.Message } })));

            public void OnCompleted()
            {
                session.Post(Message("complete", id, null));
                session.Stop(id);
            }
        }

        private string Serialize(ExecutionResult result) => transport.Serializer.Serialize(result);

        private void Post(string message) => _ = PostAsync(message);

        private async Task PostAsync(string message)
        {
            try
            {
                await SendAsync(message, _closing.Token);
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
            {
                // The socket closed under the event.
            }
        }
    }

    private IDocumentExecuter<QingdanSchema> Executer => executer;

    private IGraphQLTextSerializer Serializer => serializer;

    private NotificationOptions Options => options.Value;

    private ILogger Logger => logger;
}
