using FluentValidation;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests.RejectGuardianRequest;

public sealed class RejectGuardianRequestCommandValidator : AbstractValidator<RejectGuardianRequestCommand>
{
    public RejectGuardianRequestCommandValidator() =>
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Give a reason; the guardian is told it.")
            .MaximumLength(GuardianRequest.ReasonMaxLength);
}
