using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Advertising;
using Pixyer.Domain.Common;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Advertising.ExportAdAudience;

/// <summary>
/// Obligations U3, G4, S1: staff export the audience of one segment for the advertising platform registered as the
/// recipient <see cref="RecipientKey"/>. It holds only people whose advertising consent stands at the moment of the
/// export (checked again here, not taken from the existence of a profile), each as the SHA-256 of their normalized
/// e-mail address, as advertising platforms match audiences; each member is recorded as a disclosure to the recipient
/// before the list is answered. A page at a time (<see cref="Page"/>): only the members of the page are disclosed.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.PersonalizedAdvertising, LegalBasis.Consent, DataCategory.Contact, DataCategory.AdvertisingProfile)]
[ConsentOfSubjects(ConsentPurpose.AdvertisingCookies)]
public sealed record ExportAdAudienceCommand([property: WireNameOf<AdSegment>] string Segment, string RecipientKey, PageRequest Page) : ICommand<AdAudience>;

/// <summary>
/// One page of a segment's audience as handed to an advertising platform: <c>members</c> are hex SHA-256 hashes of
/// e-mail addresses, in a stable order; <c>total</c> counts the whole audience, so the next page is asked until it is read.
/// </summary>
public sealed record AdAudience(
    [property: WireNameOf<AdSegment>] string Segment,
    [property: MaxLength(Recipient.KeyMaxLength)] string RecipientKey,
    DateTimeOffset ExportedAt,
    [property: MaxLength(PageRequest.MaxPageSize), ItemMaxLength(Sha256Hex.Length)] IReadOnlyList<string> Members,
    int Page,
    int PageSize,
    int Total);
