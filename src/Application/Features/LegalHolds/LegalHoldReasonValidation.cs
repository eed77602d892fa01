using FluentValidation;
using Pixyer.Domain.LegalHolds;

namespace Pixyer.Application.Features.LegalHolds;

public static class LegalHoldReasonValidation
{
    public static IRuleBuilderOptions<T, string> ValidHoldReason<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Give a reason.").MaximumLength(LegalHold.ReasonMaxLength);
}
