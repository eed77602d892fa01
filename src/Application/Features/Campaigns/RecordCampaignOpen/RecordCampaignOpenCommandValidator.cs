using FluentValidation;

namespace Pixyer.Application.Features.Campaigns.RecordCampaignOpen;

public sealed class RecordCampaignOpenCommandValidator : AbstractValidator<RecordCampaignOpenCommand>
{
    public RecordCampaignOpenCommandValidator() =>
        RuleFor(c => c.Receipt).MaximumLength(OpenPixels.ReceiptMaxLength);
}
