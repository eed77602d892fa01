using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Incidents.GetIncident;

/// <summary>Obligation P3: one incident of the breach log with its timeline, reports and notification progress.</summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Security, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record GetIncidentQuery(Guid Id) : IQuery<IncidentDetails>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => null;
}
