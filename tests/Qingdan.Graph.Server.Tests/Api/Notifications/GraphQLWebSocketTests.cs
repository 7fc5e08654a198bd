using System.Net.WebSockets;
using System.Text;
using Qingdan.Graph.Server.Api.Notifications;

namespace Qingdan.Graph.Server.Tests.Api.Notifications;

/// <summary>The graphql-transport-ws protocol's rules on the real server, with .NET's own WebSocket client.</summary>
[Collection(NotificationCollection.Name)]
public sealed class GraphQLWebSocketTests(NotificationFixture fixture)
{
    [Fact]
    public async Task Protocol_breaches_close_the_socket_with_the_protocols_codes()
    {
        var key = fixture.Keys["investigator"];
        Assert.Equal(4401, await CloseOfAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { notifications { id } }"}}"""));
        Assert.Equal(4403, await CloseOfAsync("""{"type":"connection_init","payload":{"authorization":"Bearer qd_wrong"}}"""));
        Assert.Equal(4429, await CloseOfAsync(Init(key), Init(key)));
        Assert.Equal(4400, await CloseOfAsync("""{"type":"what"}"""));
        const string subscribe = """{"id":"a","type":"subscribe","payload":{"query":"subscription { notifications { id } }"}}""";
        Assert.Equal(4409, await CloseOfAsync(Init(key), subscribe, subscribe));
        Assert.Equal(4408, await CloseOfAsync());
    }

    [Fact]
    public async Task A_signed_in_client_gets_its_ack_a_pong_and_a_query_answered_then_completed()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, Init(fixture.Keys["investigator"]));
        Assert.Contains("\"connection_ack\"", await ReceiveAsync(socket), StringComparison.Ordinal);
        await SendAsync(socket, """{"type":"ping"}""");
        Assert.Contains("\"pong\"", await ReceiveAsync(socket), StringComparison.Ordinal);
        await SendAsync(socket, """{"id":"q","type":"subscribe","payload":{"query":"{ watches { entity } }"}}""");
        Assert.Contains("\"next\"", await ReceiveAsync(socket), StringComparison.Ordinal);
        Assert.Contains("\"complete\"", await ReceiveAsync(socket), StringComparison.Ordinal);
        await SendAsync(socket, """{"id":"bad","type":"subscribe","payload":{"query":"subscription { nothing }"}}""");
        Assert.Contains("\"error\"", await ReceiveAsync(socket), StringComparison.Ordinal);
    }

    private static string Init(string key) => "{\"type\":\"connection_init\",\"payload\":{\"authorization\":\"Bearer " + key + "\"}}";

    private async Task<int> CloseOfAsync(params string[] messages)
    {
        using var socket = await ConnectAsync();
        foreach (var message in messages)
        {
            await SendAsync(socket, message);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var buffer = new byte[4096];
        while (true)
        {
            var read = await socket.ReceiveAsync(buffer, timeout.Token);
            if (read.MessageType == WebSocketMessageType.Close)
            {
                return (int)socket.CloseStatus!.Value;
            }
        }
    }

    private async Task<ClientWebSocket> ConnectAsync()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(GraphQLWebSocket.Protocol);
        await socket.ConnectAsync(new UriBuilder(fixture.Address) { Scheme = "ws", Path = "/graphql" }.Uri, CancellationToken.None);
        Assert.Equal(GraphQLWebSocket.Protocol, socket.SubProtocol);
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<string> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var buffer = new byte[65536];
        var read = await socket.ReceiveAsync(buffer, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, read.Count);
    }
}
