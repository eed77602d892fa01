using Npgsql;

namespace Pixyer.Infrastructure.Persistence;

/// <summary>Failures that come from two transactions meeting, not from the work itself: run again, it succeeds.</summary>
internal static class DatabaseConflicts
{
    /// <summary>PostgreSQL rolled this transaction back to end a deadlock.</summary>
    public static bool IsDeadlock(Exception exception) =>
        ExceptionChain.Of(exception).Any(e => e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected });
}
