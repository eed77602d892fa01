using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Application.Features.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests.SubmitGuardianRequest;

public sealed class SubmitGuardianRequestCommandValidator : AbstractValidator<SubmitGuardianRequestCommand>
{
    public SubmitGuardianRequestCommandValidator()
    {
        RuleFor(c => c.GuardianName).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Give your name.")
            .MaximumLength(GuardianRequest.NameMaxLength);
        RuleFor(c => c.GuardianEmail).ValidEmail();
        RuleFor(c => c.MinorAccount).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage("Give the minor's account email or username.")
            .MaximumLength(GuardianRequest.IdentifierMaxLength);
        RuleFor(c => c.Relationship)
            .Must(r => WireNames.TryParse<GuardianRelationship>(r, out _))
            .WithMessage($"relationship is one of: {string.Join(", ", WireNames.All<GuardianRelationship>())}.");
        RuleFor(c => c.Statement).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Tell us why you ask.")
            .MaximumLength(GuardianRequest.StatementMaxLength);
    }
}
