using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;
using Pixyer.Domain.Showcases;

namespace Pixyer.Application.Features.Showcases.PublishShowcase;

/// <summary>
/// Obligation D1: staff publish a person's asset in the public showcase. Only with the owner's current authorization
/// for that asset (else 403 <c>subject-authorization-required</c>); the publication is recorded as a disclosure to the
/// public (<c>Pixyer:Showcases:RecipientKey</c>), which the owner sees in <c>GET /me/disclosures</c>.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Marketing, LegalBasis.Consent, DataCategory.GeneratedAssets)]
[ConsentOfSubjects(ConsentPurpose.PublicDisclosure)]
public sealed record PublishShowcaseCommand(Guid AssetId, string Title) : ICommand<PublishedShowcase>;

/// <summary>The showcase as staff published it, and the disclosure it was recorded as.</summary>
public sealed record PublishedShowcase(
    Guid Id, Guid AssetId, [property: MaxLength(Showcase.TitleMaxLength)] string Title, DateTimeOffset PublishedAt, Guid DisclosureId) : IHasAuditSubject
{
    /// <summary>The asset's owner: audited, never shown.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Owner { get; init; }

    Guid? IHasAuditSubject.AuditSubjectId => Owner;
}
