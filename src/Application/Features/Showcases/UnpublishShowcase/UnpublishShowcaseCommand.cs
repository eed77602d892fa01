using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Showcases.UnpublishShowcase;

/// <summary>Obligation D1: staff take a showcase down; it is no longer listed and its image no longer served.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Marketing, LegalBasis.Consent, DataCategory.GeneratedAssets)]
public sealed record UnpublishShowcaseCommand(Guid Id) : ICommand<UnpublishedShowcase>;

/// <summary>The owner of the showcase taken down: audited, answered with 204.</summary>
public sealed record UnpublishedShowcase(Guid Owner) : IHasAuditSubject
{
    Guid? IHasAuditSubject.AuditSubjectId => Owner;
}
