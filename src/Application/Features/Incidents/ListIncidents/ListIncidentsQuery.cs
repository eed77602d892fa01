using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Incidents.ListIncidents;

/// <summary>
/// Obligation P3, GDPR 33(5): the breach log, every incident whatever its severity, newest first; optionally only those
/// of one <see cref="Status"/> or only the <see cref="Overdue"/> ones (72 hours past discovery with no report).
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Security, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record ListIncidentsQuery(PageRequest Page, string? Status, bool? Overdue) : IQuery<Paged<IncidentSummary>>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => null;
}
