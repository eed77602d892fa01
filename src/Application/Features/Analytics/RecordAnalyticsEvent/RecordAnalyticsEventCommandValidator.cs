using FluentValidation;

namespace Pixyer.Application.Features.Analytics.RecordAnalyticsEvent;

public sealed class RecordAnalyticsEventCommandValidator : AbstractValidator<RecordAnalyticsEventCommand>
{
    public RecordAnalyticsEventCommandValidator()
    {
        RuleFor(c => c.Type).IsInEnum();
        RuleFor(c => c.Page).NotEmpty().MaximumLength(512).Must(p => p is null || p.StartsWith('/'))
            .WithMessage("page is a path of this site, starting with '/'.");
        RuleFor(c => c.Element).MaximumLength(128);
    }
}
