using FluentValidation;
using Pixyer.Domain.Showcases;

namespace Pixyer.Application.Features.Showcases.PublishShowcase;

public sealed class PublishShowcaseCommandValidator : AbstractValidator<PublishShowcaseCommand>
{
    public PublishShowcaseCommandValidator()
    {
        RuleFor(c => c.AssetId).NotEmpty();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(Showcase.TitleMaxLength);
    }
}
