using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Outbox;
using Pixyer.Domain.Outbox;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.Outbox;

internal sealed class OutboxClaimer(PixyerDbContext db, TimeProvider clock) : IOutboxClaimer
{
    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            // Rows another node has claimed are skipped, not waited for; the lock lasts until this transaction ends.
            return await db.OutboxMessages
                .FromSql($"""
                          SELECT * FROM outbox_messages
                          WHERE status = 'Pending' AND next_attempt_at <= {now}
                          ORDER BY created_at
                          LIMIT {batchSize}
                          FOR UPDATE SKIP LOCKED
                          """)
                .ToListAsync(cancellationToken);
        }

        // SQLite serializes writers in the unit of work: one delivery run at a time.
        return await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.CreatedAt)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
    }
}
