using Pixyer.Domain.Outbox;

namespace Pixyer.Application.Common.Outbox;

/// <summary>
/// Claims due messages for delivery inside the open transaction. On PostgreSQL the rows stay locked
/// (<c>FOR UPDATE SKIP LOCKED</c>) until the commit, so two nodes never claim the same message.
/// </summary>
public interface IOutboxClaimer
{
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int batchSize, CancellationToken cancellationToken);
}
