using FluentValidation;
using Pixyer.Application.Common.Accounts;
using Pixyer.Domain.Campaigns;

namespace Pixyer.Application.Features.Campaigns.CreateCampaign;

public sealed class CreateCampaignCommandValidator : AbstractValidator<CreateCampaignCommand>
{
    public CreateCampaignCommandValidator()
    {
        // A subject is one header line: a line break would let a body inject headers.
        RuleFor(c => c.Subject).NotEmpty().MaximumLength(Campaign.SubjectMaxLength)
            .Must(subject => subject is null || !subject.Any(char.IsControl)).WithMessage("subject is one line without control characters.");
        RuleFor(c => c.Body).NotEmpty().MaximumLength(Campaign.BodyMaxLength);
        RuleFor(c => c.Audience).NotNull().SetValidator(new AccountSelectorValidator());
    }
}
