using Pixyer.Application.Common;
using Pixyer.Domain.Generation;

namespace Pixyer.Application.Features.Generations;

/// <summary>The property holds the name of a template of <see cref="GenerationCatalog"/>.</summary>
public sealed class TemplateNameAttribute() : WireNameOfAttribute(GenerationCatalog.Templates.Select(t => t.Name).ToList());

/// <summary>The property holds the name of an output format of <see cref="GenerationCatalog"/>.</summary>
public sealed class FormatNameAttribute() : WireNameOfAttribute(GenerationCatalog.Formats.Select(f => f.Name).ToList());

/// <summary>The property holds one of the <see cref="GenerationFailures"/> codes.</summary>
public sealed class GenerationFailureReasonAttribute()
    : WireNameOfAttribute([GenerationFailures.UploadDeleted, GenerationFailures.RenderingFailed, GenerationFailures.Interrupted]);
