using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Idempotency;
using Pixyer.Domain.Sessions;

namespace Pixyer.Application.Features.Maintenance.PurgeExpiredRecords;

public sealed class PurgeExpiredRecordsCommandHandler(IAppDbContext db, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<PurgeExpiredRecordsCommand, PurgedRecords>
{
    /// <summary>How long an ended session stays listed (and exported) before it is deleted.</summary>
    public static readonly TimeSpan EndedSessionRetention = TimeSpan.FromDays(30);

    public async ValueTask<PurgedRecords> Handle(PurgeExpiredRecordsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var failuresBefore = now - options.Value.LoginThrottle.Window;
        var idempotencyBefore = now - IdempotencyRecord.Lifetime;
        var sessionsEndedBefore = now - EndedSessionRetention;
        var lastSeenBefore = sessionsEndedBefore - Session.SlidingLifetime;

        return new PurgedRecords(
            await db.LoginFailures.Where(f => f.OccurredAt < failuresBefore).ExecuteDeleteAsync(cancellationToken),
            await db.IdempotencyRecords.Where(r => r.CreatedAt < idempotencyBefore).ExecuteDeleteAsync(cancellationToken),
            await db.EmailVerificationTokens.Where(t => t.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken),
            await db.Sessions
                .Where(s => s.RevokedAt < sessionsEndedBefore || s.AbsoluteExpiresAt < sessionsEndedBefore || s.LastSeenAt < lastSeenBefore)
                .ExecuteDeleteAsync(cancellationToken));
    }
}
