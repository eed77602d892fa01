using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Consents.SetMyConsent;

/// <summary>
/// Obligations G4, U9, K4: grant or withdraw one purpose; withdrawal is the same single call as a grant, takes
/// effect on the next request, and cancels queued mail that depended on it. Withdrawing is allowed even before a
/// changed policy is accepted.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Consents)]
public sealed record SetMyConsentCommand(string Purpose, bool Granted, string? Channel)
    : ICommand<ConsentState>, IConditionallyAllowedBeforePolicyAcceptance
{
    public const string SettingsChannel = "settings";
    public const string ApiChannel = "api";

    public bool AllowedBeforePolicyAcceptance => !Granted;
}
