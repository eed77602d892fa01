using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Notices;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Notices.AnnounceViolation;

/// <summary>
/// Obligation D1's exception: staff announce a punishment for a violation or fraud in <c>GET /notices</c>, without the
/// person's authorization, naming them by masked identifiers only (<c>u***7</c>, <c>p***@example.com</c>). A summary or
/// penalty that carries their username, the name of their address or any e-mail address is refused (422), so nothing
/// unmasked is published. Audited with the subject's id; no disclosure is recorded, as what is published is desensitized.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Security, LegalBasis.ServiceSecurity, DataCategory.Identity)]
public sealed record AnnounceViolationCommand(
    Guid SubjectId, [property: OneOfNames(AnnounceViolationCommand.Violation, AnnounceViolationCommand.Fraud)] string Kind, string Summary, string Penalty)
    : ICommand<ViolationNotice>, IHasAuditSubject
{
    public const string Violation = "violation";
    public const string Fraud = "fraud";

    Guid? IHasAuditSubject.AuditSubjectId => SubjectId;
}

/// <summary>The announcement as published; <c>kind</c> is <c>violation</c> or <c>fraud</c>.</summary>
public sealed record ViolationNotice(
    Guid Id,
    [property: ViolationKind] string Kind,
    [property: MaxLength(PublicNotice.TitleMaxLength)] string Title,
    [property: MaxLength(PublicNotice.BodyMaxLength)] string Body,
    DateTimeOffset PublishedAt);

/// <summary>The property holds <see cref="AnnounceViolationCommand.Violation"/> or <see cref="AnnounceViolationCommand.Fraud"/>.</summary>
public sealed class ViolationKindAttribute() : WireNameOfAttribute([AnnounceViolationCommand.Violation, AnnounceViolationCommand.Fraud]);
