using Mediator;

namespace Pixyer.Application.Features.Generations.ListTemplates;

public sealed class ListGenerationTemplatesQueryHandler : IQueryHandler<ListGenerationTemplatesQuery, GenerationChoices>
{
    public ValueTask<GenerationChoices> Handle(ListGenerationTemplatesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new GenerationChoices(GenerationCatalog.Templates, GenerationCatalog.Formats));
}
