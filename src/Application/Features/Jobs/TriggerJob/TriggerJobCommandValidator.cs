using FluentValidation;

namespace Pixyer.Application.Features.Jobs.TriggerJob;

public sealed class TriggerJobCommandValidator : AbstractValidator<TriggerJobCommand>
{
    public TriggerJobCommandValidator() => RuleFor(c => c.Key).NotEmpty().MaximumLength(64).Matches("^[a-z][a-z0-9-]*$");
}
