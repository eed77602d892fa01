using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Advertising;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Advertising.ExportAdAudience;

/// <summary>
/// Obligations U3, G4, S1: staff export the audience of one segment for the advertising platform registered as the
/// recipient <see cref="RecipientKey"/>. It holds only people whose advertising consent stands at the moment of the
/// export (checked again here, not taken from the existence of a profile), each as the SHA-256 of their normalized
/// e-mail address, as advertising platforms match audiences; each member is recorded as a disclosure to the recipient
/// before the list is answered.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.PersonalizedAdvertising, LegalBasis.Consent, DataCategory.Contact, DataCategory.AdvertisingProfile)]
[ConsentOfSubjects(ConsentPurpose.AdvertisingCookies)]
public sealed record ExportAdAudienceCommand([property: WireNameOf<AdSegment>] string Segment, string RecipientKey) : ICommand<AdAudience>;

/// <summary>One segment's audience as handed to an advertising platform: <c>members</c> are hex SHA-256 hashes of e-mail addresses.</summary>
public sealed record AdAudience([property: WireNameOf<AdSegment>] string Segment,
 string RecipientKey, DateTimeOffset ExportedAt, IReadOnlyList<string> Members);
