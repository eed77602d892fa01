using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Incidents;

namespace Pixyer.Application.Features.Incidents.RemindOfRegulatorReports;

public sealed class RemindOfRegulatorReportsCommandHandler(IAppDbContext db, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<RemindOfRegulatorReportsCommand, int>
{
    public async ValueTask<int> Handle(RemindOfRegulatorReportsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Due at discovery + 72 h, so the first reminder (discovery + 24 h) is due once ReportDueAt - 48 h has passed.
        var firstReminderLead = Incident.ReportWindow - Incident.ReportReminders[0];
        var watched = await db.Incidents
            .Include(i => i.Timeline).Include(i => i.Reports).AsSplitQuery()
            .Where(i => !i.Reports.Any() && !i.OverdueRecorded && i.ReportDueAt <= now + firstReminderLead)
            .ToListAsync(cancellationToken);
        if (watched.Count == 0)
        {
            return 0;
        }

        var officers = await OfficersAsync(cancellationToken);
        var queued = 0;
        foreach (var incident in watched)
        {
            if (incident.RecordOverdue(now))
            {
                queued += Mail(officers, incident, $"Incident {incident.Id}: the report to the authority is overdue",
                    $"The 72 hours to report incident {incident.Id} to the supervisory authority ended at {incident.ReportDueAt:yyyy-MM-dd HH:mm} UTC "
                    + "and no report is recorded. Report it now and record the reason for the delay with the report.");
            }
            else if (incident.DueReminder(now) is { } reminder)
            {
                incident.RemindedOfReport(reminder, now);
                queued += Mail(officers, incident, $"Incident {incident.Id}: report to the authority due {incident.ReportDueAt:yyyy-MM-dd HH:mm} UTC",
                    $"Incident {incident.Id} was discovered {reminder.TotalHours:0} hours ago and no report to the supervisory authority is recorded. "
                    + $"It is due by {incident.ReportDueAt:yyyy-MM-dd HH:mm} UTC.");
            }
        }

        return queued;
    }

    private int Mail(IReadOnlyList<(AccountId Id, string Email)> officers, Incident incident, string subject, string body)
    {
        var text = $"{body}\n\nRecord it at POST /api/v1/admin/incidents/{incident.Id}/regulator-reports.";
        foreach (var officer in officers)
        {
            outbox.EnqueueEmail(new EmailMessage(officer.Email, subject, text), officer.Id.Value);
        }

        return officers.Count;
    }

    /// <summary>The privacy officers with a verified address; the admins when there is none, so that someone is told.</summary>
    private async Task<IReadOnlyList<(AccountId Id, string Email)>> OfficersAsync(CancellationToken cancellationToken)
    {
        var staff = db.Accounts.Where(a => a.Status == AccountStatus.Active && a.EmailVerifiedAt != null);
        var officers = await staff.Where(a => (a.Roles & Roles.PrivacyOfficer) == Roles.PrivacyOfficer)
            .Select(a => new { a.Id, a.Email }).ToListAsync(cancellationToken);
        if (officers.Count == 0)
        {
            officers = await staff.Where(a => (a.Roles & Roles.Admin) == Roles.Admin).Select(a => new { a.Id, a.Email }).ToListAsync(cancellationToken);
        }

        return officers.Select(o => (o.Id, o.Email)).ToList();
    }
}
