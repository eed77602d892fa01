using FluentValidation;
using Pixyer.Domain.Policies;

namespace Pixyer.Application.Features.Policies.PublishPolicyVersion;

public sealed class PublishPolicyVersionCommandValidator : AbstractValidator<PublishPolicyVersionCommand>
{
    public PublishPolicyVersionCommandValidator()
    {
        RuleFor(c => c.Version).NotEmpty().MaximumLength(PolicyVersion.VersionMaxLength).Matches("^[A-Za-z0-9._-]+$");
        RuleFor(c => c.Text).NotEmpty().MaximumLength(PolicyVersion.TextMaxLength);
        RuleFor(c => c.EffectiveAt).NotEmpty();
    }
}
