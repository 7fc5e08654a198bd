using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// Two sweeps never run at once. On PostgreSQL a session advisory lock, held by a connection kept
/// open for the sweep: a killed process drops the connection and the lock with it. On SQLite an
/// expiring lease row, renewed while the sweep runs: a killed sweep stops renewing and the lease
/// lapses after <see cref="LeaseTime"/> — at once when the holder was a process on this machine that
/// no longer runs.
/// </summary>
public sealed class SweepLock : IAsyncDisposable
{
    /// <summary>The advisory lock key on PostgreSQL ("Qingdan" and 2).</summary>
    public const long Key = 0x51_6E_67_64_61_6E_02;

    public const string LeaseName = "sweep";

    /// <summary>How long a lease lasts unless renewed; it is renewed every third of it.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(60);

    private readonly QingdanDbContext _context;
    private readonly TimeProvider _time;
    private readonly string _holder;
    private readonly ITimer? _renewal;
    private readonly SemaphoreSlim _renewing = new(1, 1);

    private SweepLock(QingdanDbContext context, TimeProvider time, string holder, bool lease)
    {
        _context = context;
        _time = time;
        _holder = holder;
        if (lease)
        {
            _renewal = time.CreateTimer(_ => _ = RenewAsync(), null, LeaseTime / 3, LeaseTime / 3);
        }
    }

    /// <summary>Takes the lock, or throws <see cref="SweepBusyException"/> at once when another sweep holds it.</summary>
    public static async Task<SweepLock> AcquireAsync(
        StoreConnection connection,
        string holder,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var context = connection.CreateContext();
        try
        {
            if (connection.Provider == StoreProvider.Postgres)
            {
                await context.Database.OpenConnectionAsync(cancellationToken);
                var taken = await context.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_lock({Key}) AS \"Value\"")
                    .SingleAsync(cancellationToken);
                if (!taken)
                {
                    throw new SweepBusyException(
                        "Another sweep is running on this store (its PostgreSQL advisory lock is held); try again when it has finished.");
                }

                return new SweepLock(context, time, holder, lease: false);
            }

            var now = time.GetUtcNow().UtcDateTime;
            await context.Leases.Where(l => l.Name == LeaseName && l.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
            if (await context.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == LeaseName, cancellationToken) is { } current
                && HolderIsGone(current))
            {
                await context.Leases.Where(l => l.Name == LeaseName && l.Holder == current.Holder).ExecuteDeleteAsync(cancellationToken);
            }

            context.Leases.Add(new LeaseRow { Name = LeaseName, Holder = holder, AcquiredAt = now, ExpiresAt = now + LeaseTime });
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                var held = await context.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == LeaseName, cancellationToken);
                throw new SweepBusyException(held is null
                    ? "Another sweep took the sweep lease at the same moment; try again."
                    : $"Another sweep is running on this store ({held.Holder}, since {held.AcquiredAt:yyyy-MM-dd HH:mm:ss}Z); its lease " +
                        $"lapses at {held.ExpiresAt:HH:mm:ss}Z unless renewed.");
            }

            return new SweepLock(context, time, holder, lease: true);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A lease taken on this machine by a process that no longer runs (killed, say): nothing will
    /// renew it, so the next sweep need not wait for it to lapse. Holders are "machine:pid:…".
    /// </summary>
    private static bool HolderIsGone(LeaseRow lease)
    {
        var parts = lease.Holder.Split(':');
        if (parts.Length < 2 || parts[0] != Environment.MachineName || !int.TryParse(
            parts[1],
            System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture,
            out var pid))
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited
                || process.StartTime.ToUniversalTime() > DateTime.SpecifyKind(lease.AcquiredAt, DateTimeKind.Utc).AddSeconds(1);
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_renewal is not null)
        {
            await _renewal.DisposeAsync();
            await _renewing.WaitAsync();
            try
            {
                _context.ChangeTracker.Clear();
                await _context.Leases.Where(l => l.Name == LeaseName && l.Holder == _holder).ExecuteDeleteAsync();
            }
            finally
            {
                _renewing.Release();
            }
        }
        else
        {
            await _context.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({Key})");
        }

        await _context.DisposeAsync();
        _renewing.Dispose();
    }

    private async Task RenewAsync()
    {
        if (!await _renewing.WaitAsync(0))
        {
            return;
        }

        try
        {
            var expires = _time.GetUtcNow().UtcDateTime + LeaseTime;
            await _context.Leases.Where(l => l.Name == LeaseName && l.Holder == _holder)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, expires));
        }
        catch (Exception error) when (error is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            // A renewal that fails (the database busy for a moment) is retried at the next tick; the lease has two more in hand.
        }
        finally
        {
            _renewing.Release();
        }
    }
}
