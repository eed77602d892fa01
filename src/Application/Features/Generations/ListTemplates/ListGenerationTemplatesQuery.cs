using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Generation;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Generations.ListTemplates;

/// <summary>
/// What a generation can ask for: the templates and the formats with their pixel sizes. Public, like a price list:
/// it holds nothing of anyone, and a client can show the choices before the person signs in.
/// </summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.None)]
public sealed record ListGenerationTemplatesQuery : IQuery<GenerationChoices>;

public sealed record GenerationChoices(
    [property: MaxLength(EnumListBounds.GenerationTemplates)] IReadOnlyList<GenerationTemplate> Templates,
    [property: MaxLength(EnumListBounds.GenerationFormats)] IReadOnlyList<RenderFormat> Formats);
