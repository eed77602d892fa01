using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Infrastructure.Persistence;

/// <summary>
/// PostgreSQL: a transaction-scoped advisory lock on (scope, subject), released at commit or rollback. SQLite needs
/// none: the unit of work already lets one writer at a time in.
/// </summary>
internal sealed class SubjectLocks(PixyerDbContext db) : ISubjectLocks
{
    public async Task LockAsync(string scope, Guid subject, CancellationToken cancellationToken)
    {
        if (db.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A subject lock lasts for a transaction; begin one first.");
        }

        var key = $"{scope}:{subject:N}";
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
    }
}
