using FluentValidation;
using Pixyer.Domain.Policies;

namespace Pixyer.Application.Features.Policies.AcceptPolicy;

public sealed class AcceptPolicyCommandValidator : AbstractValidator<AcceptPolicyCommand>
{
    public AcceptPolicyCommandValidator() =>
        RuleFor(c => c.Version).NotEmpty().MaximumLength(PolicyVersion.VersionMaxLength);
}
