using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Incidents.SendIncidentNotifications;

public sealed class SendIncidentNotificationsCommandHandler(
    IAppDbContext db, IOutbox outbox, IncidentPublicNotices publicNotices, TimeProvider clock)
    : ICommandHandler<SendIncidentNotificationsCommand, int>
{
    public async ValueTask<int> Handle(SendIncidentNotificationsCommand command, CancellationToken cancellationToken)
    {
        var pending = await db.Incidents
            .Where(i => i.NotificationRequestedAt != null && i.NotificationCompletedAt == null)
            .OrderBy(i => i.NotificationRequestedAt)
            .Select(i => i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (pending == default)
        {
            return 0;
        }

        var incident = await db.Incidents.Include(i => i.Timeline).SingleAsync(i => i.Id == pending, cancellationToken);
        var batch = await db.AffectedSubjects
            .Where(s => s.IncidentId == incident.Id && s.NotifiedAt == null)
            .OrderBy(s => s.SubjectId)
            .Take(command.BatchSize)
            .Join(db.Accounts, s => s.SubjectId, a => a.Id, (s, a) => new { Subject = s, a.Email, a.EmailVerifiedAt })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var message = (Subject: IncidentTexts.Title(incident), Body: IncidentTexts.MailBody(incident));
        var mailed = 0;
        foreach (var person in batch)
        {
            if (person.EmailVerifiedAt is null)
            {
                person.Subject.LeftToPublicNotice(now);
                continue;
            }

            var mail = outbox.EnqueueEmail(new EmailMessage(person.Email, message.Subject, message.Body), person.Subject.SubjectId.Value);
            person.Subject.Mailed(mail, now);
            mailed++;
        }

        if (mailed < batch.Count)
        {
            publicNotices.PublishOnce(incident, now);
        }

        incident.RecordNotified(mailed, batch.Count - mailed, everyoneTold: batch.Count < command.BatchSize, now);
        return Math.Max(batch.Count, 1);
    }
}
