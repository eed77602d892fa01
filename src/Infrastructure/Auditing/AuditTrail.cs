using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Auditing;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.Auditing;

internal sealed class AuditTrail(PixyerDbContext db, IServiceScopeFactory scopes) : IAuditTrail
{
    /// <summary>Key of the transaction-scoped advisory lock that serializes appends to the chain ("PIXYAUDT").</summary>
    private const long ChainLockKey = 0x5049_5859_4155_4454;

    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            // Held until commit or rollback, so the next writer reads this entry as the chain's tail.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", cancellationToken);
        }

        var tail = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.Append(tail, record));
    }

    public async Task AppendInOwnTransactionAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await trail.AppendAsync(record, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
    }
}
