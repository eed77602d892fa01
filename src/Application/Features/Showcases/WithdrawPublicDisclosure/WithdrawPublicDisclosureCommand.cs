using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Showcases.WithdrawPublicDisclosure;

/// <summary>
/// Obligations D1, G4: the caller withdraws the authorization to publish one of their assets; a showcase of it is
/// unpublished in the same transaction, so the next read no longer finds it. Allowed before a changed policy is
/// accepted. Another person's asset answers 404.
/// </summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Consents)]
public sealed record WithdrawPublicDisclosureCommand(Guid AssetId) : ICommand;
