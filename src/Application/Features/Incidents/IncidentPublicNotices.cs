using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Incidents;
using Pixyer.Domain.Notices;

namespace Pixyer.Application.Features.Incidents;

/// <summary>
/// The public notice of an incident (GDPR 34(3)(c)), published once where telling each person is impractical: more
/// affected people than <c>Pixyer:Incidents:PublicNoticeThreshold</c>, or someone Pixyer cannot reach at a verified
/// address. It is written from the incident's facts only.
/// </summary>
public sealed class IncidentPublicNotices(IAppDbContext db, IOptions<PixyerOptions> options)
{
    public bool IsIndividualNoticeImpractical(Incident incident, bool someoneUnreachable) =>
        someoneUnreachable || incident.AffectedCount > options.Value.Incidents.PublicNoticeThreshold;

    public void PublishOnce(Incident incident, DateTimeOffset now)
    {
        if (incident.PublicNoticeId is not null)
        {
            return;
        }

        var notice = PublicNotice.Publish(
            PublicNoticeKind.Incident, IncidentTexts.Title(incident), IncidentTexts.Body(incident), incident.Id.ToString(), now);
        db.PublicNotices.Add(notice);
        incident.PublishedNotice(notice.Id, now);
    }
}
