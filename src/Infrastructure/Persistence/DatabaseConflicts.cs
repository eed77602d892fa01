using Npgsql;

namespace Pixyer.Infrastructure.Persistence;

/// <summary>Failures that come from two transactions meeting, not from the work itself: run again, it succeeds.</summary>
internal static class DatabaseConflicts
{
    /// <summary>PostgreSQL rolled this transaction back to end a deadlock; EF may have wrapped it, so the chain is looked at.</summary>
    public static bool IsDeadlock(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected })
            {
                return true;
            }
        }

        return false;
    }
}
