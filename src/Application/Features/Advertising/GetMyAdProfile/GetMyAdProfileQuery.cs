using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Advertising.GetMyAdProfile;

/// <summary>
/// Obligations U3, G3: the caller's personalized-advertising segments. Reading one's own data is the right of access,
/// so it answers whatever the consent: the empty state with <c>consented: false</c> while the consent is not granted.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.AdvertisingProfile)]
public sealed record GetMyAdProfileQuery : IQuery<AdProfileView>;
