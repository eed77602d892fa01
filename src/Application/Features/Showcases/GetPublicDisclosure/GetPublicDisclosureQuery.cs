using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Showcases.GetPublicDisclosure;

/// <summary>
/// Obligation D1: what publishing one of the caller's assets would disclose (purpose, data, where) and whether they
/// authorized it; another person's asset answers 404.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Consents)]
public sealed record GetPublicDisclosureQuery(Guid AssetId) : IQuery<PublicDisclosureOffer>;
