using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Showcases.AuthorizePublicDisclosure;

/// <summary>
/// Obligations D1, G4: the caller authorizes the public disclosure of one of their assets, recorded in the consent
/// ledger with the purpose <c>public_disclosure</c>, the asset as its scope, the policy version and the channel. It
/// authorizes that asset only. Another person's asset answers 404.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Consents)]
public sealed record AuthorizePublicDisclosureCommand(Guid AssetId) : ICommand<PublicDisclosureOffer>;
