using FluentValidation;
using Pixyer.Domain.Generation;
using Pixyer.Application.Common.Validation;

namespace Pixyer.Application.Features.Generations.RequestGeneration;

public sealed class RequestGenerationCommandValidator : AbstractValidator<RequestGenerationCommand>
{
    public RequestGenerationCommandValidator()
    {
        var templates = string.Join(", ", GenerationCatalog.Templates.Select(t => t.Name));
        var formats = string.Join(", ", GenerationCatalog.Formats.Select(f => f.Name));

        RuleFor(c => c.UploadId).NotEmpty();
        RuleFor(c => c.Template)
            .Must(GenerationCatalog.IsTemplate)
            .WithMessage($"template must be one of: {templates}.");
        RuleFor(c => c.Formats)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"formats must name at least one of: {formats}.")
            .MaximumCount(GenerationCatalog.Formats.Count)
            .Must(f => f.Distinct(StringComparer.Ordinal).Count() == f.Count).WithMessage("formats must not name a format twice.");
        RuleForEach(c => c.Formats)
            .Must(GenerationCatalog.IsFormat)
            .WithMessage($"Each format must be one of: {formats}.");
        RuleFor(c => c.Headline)
            .Must(h => h!.Trim().Length > 0).WithMessage("headline must not be blank; leave it out for a visual without text.")
            .MaximumLength(GenerationJob.MaxHeadlineLength)
            .Must(h => !h!.Any(char.IsControl)).WithMessage("headline must be a single line of text, without control characters.")
            .When(c => c.Headline is not null);
    }
}
