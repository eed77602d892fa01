using Mediator;
using Pixyer.Application.Common.Generation;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Generations.RenderGenerationFormat;

/// <summary>
/// Obligations C3, U2, worker step 3: renders one format of a claimed job from the owner's upload. No transaction
/// stays open while the image is drawn (CPU time) or a provider answers (network time): the step before commits the
/// disclosure to a provider, the next step stores the result.
/// </summary>
[Access(AccessLevel.System)]
[NoTransaction]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.Uploads, DataCategory.GeneratedAssets)]
public sealed record RenderGenerationFormatCommand(Guid JobId, int Attempt, string Format) : ICommand<RenderedFormat>;

/// <summary>One format's image.</summary>
public sealed record RenderedFormat(string Format, GeneratedImage Image);
