using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features.Generations.RenderGenerationFormat;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Generations.StoreGeneratedAsset;

/// <summary>
/// Obligations C3, U2, worker step 4: stores one rendered format as an asset and records it on the job, in one
/// transaction; the job's lease is renewed
/// for the next format. Refused (409) when the worker no longer holds the claim <paramref name="Attempt"/>.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.Uploads, DataCategory.GeneratedAssets)]
public sealed record StoreGeneratedAssetCommand(Guid JobId, int Attempt, RenderedFormat Rendered, TimeSpan Lease) : ICommand<GenerationStep>;

/// <summary>Where a job stands after a worker's step.</summary>
public sealed record GenerationStep(Guid JobId, Guid OwnerId, string Status, int Progress) : IHasAuditSubject
{
    public Guid? AuditSubjectId => OwnerId;
}
