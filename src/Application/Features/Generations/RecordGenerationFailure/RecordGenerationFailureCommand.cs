using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features.Generations.StoreGeneratedAsset;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Generations.RecordGenerationFailure;

/// <summary>
/// Obligation C3, worker step on failure: the attempt <paramref name="Attempt"/> failed, so the job is retried after
/// a delay, or fails once it has no attempt left. Changes nothing when another claim has taken over meanwhile.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.GeneratedAssets)]
public sealed record RecordGenerationFailureCommand(Guid JobId, int Attempt) : ICommand<GenerationStep>;
