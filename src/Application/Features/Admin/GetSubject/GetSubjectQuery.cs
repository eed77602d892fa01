using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features.LegalHolds;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Admin.GetSubject;

/// <summary>
/// Obligations R1, G6: staff see where a subject stands in its lifecycle (status, last activity, retention clock,
/// legal hold), without its contact data. Audited (P1).
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record GetSubjectQuery(Guid SubjectId) : IQuery<SubjectStatus>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => SubjectId;
}

public sealed record SubjectStatus(
    Guid Id,
    [property: WireNameOf<AccountStatus>] string Status,
    [property: RoleName, MaxLength(EnumListBounds.Roles)] IReadOnlyList<string> Roles,

    DateTimeOffset CreatedAt,
    DateTimeOffset LastActiveAt,
    DateTimeOffset? InactivityWarnedAt,
    DateTimeOffset? RetentionClockStartedAt,
    LegalHoldDto? LegalHold);
