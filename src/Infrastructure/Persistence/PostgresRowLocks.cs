using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Infrastructure.Persistence;

/// <summary>
/// Appends the lock clause to a query marked by <see cref="RowLocks"/>: EF Core writes the tag as the command's first
/// line (<c>-- tag</c>), the pattern EF Core's documentation gives for query hints. PostgreSQL only.
/// </summary>
internal sealed class PostgresRowLocks : DbCommandInterceptor
{
    private static readonly Dictionary<string, string> ClauseOfTag = new(StringComparer.Ordinal)
    {
        ["-- " + RowLocks.SkipLockedTag] = "FOR UPDATE SKIP LOCKED",
        ["-- " + RowLocks.WaitTag] = "FOR UPDATE",
    };

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        AppendLockClause(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        AppendLockClause(command);
        return ValueTask.FromResult(result);
    }

    private static void AppendLockClause(DbCommand command)
    {
        // The tags are the command's leading comment lines, one per TagWith.
        var tags = command.CommandText.Split('\n').TakeWhile(line => line.StartsWith("-- ", StringComparison.Ordinal));
        if (tags.Select(tag => ClauseOfTag.GetValueOrDefault(tag)).FirstOrDefault(clause => clause is not null) is { } lockClause)
        {
            command.CommandText = command.CommandText.TrimEnd().TrimEnd(';') + "\n" + lockClause;
        }
    }
}
