using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Qingdan.Graph.Testing;

/// <summary>
/// A PostgreSQL cluster of a test's own (initdb in a temporary folder, its own port), so that the
/// test may stop and start it under a running server without touching the shared test server.
/// Uses Debian's server binaries, which test.sh installs; fails, never skips, without them.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-pg-own-{Guid.NewGuid():N}");
    private readonly string _bin;

    private PrivatePostgres(string bin, int port)
    {
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Timeout=5;Command Timeout=15";

    public static async Task<PrivatePostgres> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderDescending(StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                "No PostgreSQL server binaries under /usr/lib/postgresql (test.sh installs Debian's postgresql).");
        }

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        var server = new PrivatePostgres(bin, port);
        Directory.CreateDirectory(server._folder);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres:", server._folder);
        }

        await server.RunAsPostgresAsync("initdb", "-D", server.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C");
        await File.AppendAllTextAsync(Path.Combine(server.Data, "postgresql.conf"),
            // Durable as in production (no fsync = off, no synchronous_commit = off): the server is stopped
            // with -m immediate, and what was committed before must be there when it comes back.
            $"listen_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{server._folder}'\n");
        await server.StartAgainAsync();
        return server;
    }

    private string Data => Path.Combine(_folder, "data");

    /// <summary>Stops the server at once (open connections are cut, as on a crash or a failover).</summary>
    public Task StopAsync() => RunAsPostgresAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    public Task StartAgainAsync()
        => RunAsPostgresAsync("pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Task RunAsPostgresAsync(string tool, params string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
            : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {await output}{await error}");
        }
    }
}
