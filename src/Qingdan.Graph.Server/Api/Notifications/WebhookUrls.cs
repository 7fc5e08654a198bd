using System.Net;
using System.Net.Sockets;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>
/// Which webhook URLs are accepted (docs/security.md "Webhooks"): absolute http or https, a host, no user name or password in
/// the URL (the secret signs, it is not sent); and, unless <see cref="NotificationOptions.AllowPrivateNetworks"/>, no loopback,
/// private or link-local address — checked on the URL when it is added and on every address the name resolves to when a
/// delivery connects, so that a name re-pointed later cannot reach inside either.
/// </summary>
public static class WebhookUrls
{
    /// <summary>Why the URL is refused, or null when it is accepted.</summary>
    public static string? Problem(string? url, bool allowPrivate)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"'{url}' is not an absolute http:// or https:// URL.";
        }

        if (url!.Length > 2000)
        {
            return "A webhook URL is at most 2000 characters.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "A webhook URL may not carry a user name or password; the secret signs each delivery instead.";
        }

        if (uri.Host.Length == 0)
        {
            return $"'{url}' names no host.";
        }

        if (!allowPrivate && (uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IsPrivate(address))))
        {
            return $"'{uri.Host}' is a loopback, private or link-local address; webhooks may not point into the server's own " +
                "network (Notifications:AllowPrivateNetworks).";
        }

        return null;
    }

    /// <summary>Loopback, RFC 1918, carrier-grade NAT, link-local (cloud metadata), unique-local, unspecified.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127) || b[0] == 0;
    }

    /// <summary>The handler deliveries are sent with: each connection goes only to an address the policy allows.</summary>
    public static SocketsHttpHandler Handler(bool allowPrivate) => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.Where(a => allowPrivate || !IsPrivate(a)).ToArray();
            if (allowed.Length == 0)
            {
                throw new HttpRequestException(addresses.Length == 0
                    ? $"{context.DnsEndPoint.Host} does not resolve"
                    : $"{context.DnsEndPoint.Host} resolves only to private addresses, which webhooks may not reach");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
