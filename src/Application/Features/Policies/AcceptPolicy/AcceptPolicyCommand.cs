using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Policies;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Policies.AcceptPolicy;

/// <summary>Obligation V1: the person accepts a policy version that is in force.</summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Consents)]
public sealed record AcceptPolicyCommand(string Version) : ICommand<PolicyAccepted>;

public sealed record PolicyAccepted([property: MaxLength(PolicyVersion.VersionMaxLength)] string Version,
 DateTimeOffset AcceptedAt);
