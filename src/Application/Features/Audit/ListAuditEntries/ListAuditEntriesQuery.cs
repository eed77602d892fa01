using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Audit.ListAuditEntries;

/// <summary>
/// Obligations P1, G2: staff read the audit trail, by subject, actor and time, newest first, entries not yet sequenced
/// included (marked so). Reading a subject's entries is itself audited.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.AuditTrail)]
public sealed record ListAuditEntriesQuery(
    Guid? SubjectId, Guid? ActorId, DateTimeOffset? From, DateTimeOffset? To, PageRequest Page)
    : IQuery<Paged<AuditEntryDto>>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => SubjectId;
}
