using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Qingdan.Graph.Store.Database;

/// <summary>
/// Counts the commands the store runs within a scope (an API request): how batching is checked. A
/// scope is an async-local counter; outside one nothing is counted.
/// </summary>
public static class StoreCommands
{
    private static readonly AsyncLocal<StrongBox> Scope = new();

    /// <summary>Starts counting for the current async flow; the returned box holds the count.</summary>
    public static StrongBox Count() => Scope.Value = new StrongBox();

    internal static DbCommandInterceptor Interceptor { get; } = new Counting();

    /// <summary>The running count of a scope.</summary>
    public sealed class StrongBox
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        internal void Increment() => Interlocked.Increment(ref _value);
    }

    private sealed class Counting : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            Scope.Value?.Increment();
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<DbDataReader> result)
        {
            Scope.Value?.Increment();
            return base.ReaderExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<object> result,
            CancellationToken cancellationToken = default)
        {
            Scope.Value?.Increment();
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            Scope.Value?.Increment();
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
