using Mediator;
using Pixyer.Application.Common.Generation;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Generations.RenderGenerationFormat;

/// <summary>
/// Obligations C3, U2, worker step 3: renders one format of a claimed job from the owner's upload. A query, so that
/// no transaction stays open while the image is drawn (CPU time) or a provider answers (network time); the next
/// step stores the result.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.Uploads, DataCategory.GeneratedAssets)]
public sealed record RenderGenerationFormatQuery(Guid JobId, int Attempt, string Format) : IQuery<RenderedFormat>;

/// <summary>One format's image.</summary>
public sealed record RenderedFormat(string Format, GeneratedImage Image);
