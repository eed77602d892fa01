using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Advertising.RecomputeAdProfiles;

/// <summary>
/// The <c>recompute-ad-profiles</c> job's step (U3, G4): computes the ad profile of every account whose advertising
/// consent stands now, from its activity in the window (templates, running plan, generation volume), reading only those
/// accounts' rows, and deletes any profile whose owner's consent no longer stands. Answers how many profiles it computed.
/// </summary>
[Access(AccessLevel.System)]
[Processing(
    ProcessingPurpose.PersonalizedAdvertising, LegalBasis.Consent,
    DataCategory.AdvertisingProfile, DataCategory.GeneratedAssets, DataCategory.Transactions)]
[ConsentOfSubjects(ConsentPurpose.AdvertisingCookies)]
public sealed record RecomputeAdProfilesCommand : ICommand<int>;
