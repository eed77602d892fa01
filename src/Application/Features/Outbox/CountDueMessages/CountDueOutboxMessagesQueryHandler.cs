using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Outbox;

namespace Pixyer.Application.Features.Outbox.CountDueMessages;

public sealed class CountDueOutboxMessagesQueryHandler(IAppDbContext db, TimeProvider clock)
    : IQueryHandler<CountDueOutboxMessagesQuery, int>
{
    public async ValueTask<int> Handle(CountDueOutboxMessagesQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now, cancellationToken);
    }
}
