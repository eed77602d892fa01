using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Campaigns.RecordCampaignOpen;

/// <summary>
/// Obligation K3: a campaign mail's open pixel was loaded. The open is recorded only if the person grants analytics at
/// this moment; otherwise, and for a forged token, nothing is, and the caller cannot tell which happened.
/// </summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.Marketing, LegalBasis.Consent, DataCategory.Cookies)]
[ConsentOfSubjects(ConsentPurpose.AnalyticsCookies)]
public sealed record RecordCampaignOpenCommand(string Receipt) : ICommand
{
    public override string ToString() => nameof(RecordCampaignOpenCommand);
}
