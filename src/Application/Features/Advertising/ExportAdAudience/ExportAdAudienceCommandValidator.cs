using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Domain.Advertising;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Advertising.ExportAdAudience;

public sealed class ExportAdAudienceCommandValidator : AbstractValidator<ExportAdAudienceCommand>
{
    public ExportAdAudienceCommandValidator()
    {
        RuleFor(c => c.Segment)
            .Must(s => WireNames.TryParse<AdSegment>(s, out _))
            .WithMessage($"segment is one of: {string.Join(", ", WireNames.All<AdSegment>())}.");
        RuleFor(c => c.RecipientKey).NotEmpty().MaximumLength(Recipient.KeyMaxLength);
        RuleFor(c => c.Page).ValidPage();
    }
}
