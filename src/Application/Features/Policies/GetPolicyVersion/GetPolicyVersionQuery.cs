using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Policies.GetPolicyVersion;

/// <summary>Obligation V1: any published version, including one announced for the future.</summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record GetPolicyVersionQuery(string Version) : IQuery<PolicyDocument>;
