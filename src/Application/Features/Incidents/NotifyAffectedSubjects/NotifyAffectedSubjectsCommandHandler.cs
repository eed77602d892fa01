using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Incidents.NotifyAffectedSubjects;

public sealed class NotifyAffectedSubjectsCommandHandler(
    IAppDbContext db, IncidentPublicNotices publicNotices, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<NotifyAffectedSubjectsCommand, NotificationProgress>
{
    public async ValueTask<NotificationProgress> Handle(NotifyAffectedSubjectsCommand command, CancellationToken cancellationToken)
    {
        var incident = await db.LoadAsync(command.IncidentId, cancellationToken);
        var now = clock.GetUtcNow();
        if (incident.RequestNotification(actor.RequiredAccountId, now))
        {
            var someoneUnreachable = await db.AffectedSubjects
                .Where(s => s.IncidentId == incident.Id)
                .Join(db.Accounts, s => s.SubjectId, a => a.Id, (_, a) => a)
                .AnyAsync(a => a.EmailVerifiedAt == null, cancellationToken);
            if (publicNotices.IsIndividualNoticeImpractical(incident, someoneUnreachable))
            {
                publicNotices.PublishOnce(incident, now);
            }
        }

        return NotificationProgress.Of(incident);
    }
}
