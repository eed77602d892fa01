using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Policies.PublishPolicyVersion;

/// <summary>
/// Obligation V1: staff publish a policy version. A significant one must be accepted again by every account
/// once it is in force; a minor one is announced in the notices and taken as accepted by continued use.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record PublishPolicyVersionCommand(string Version, DateTimeOffset EffectiveAt, bool Significant, string Text)
    : ICommand<PolicyDocument>;
