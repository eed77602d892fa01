using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Consents.GetMyConsents;

/// <summary>Obligations G4, K4: the current state of every consent purpose.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Consents)]
public sealed record GetMyConsentsQuery : IQuery<IReadOnlyList<ConsentState>>;
