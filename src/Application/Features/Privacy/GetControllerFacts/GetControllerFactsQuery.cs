using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Privacy.GetControllerFacts;

/// <summary>Obligations L1, X1: who the controller is, how to reach them, which law governs and where the data is stored.</summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record GetControllerFactsQuery : IQuery<ControllerFacts>;
