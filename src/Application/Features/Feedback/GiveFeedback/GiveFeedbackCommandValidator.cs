using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Domain.Feedback;

namespace Pixyer.Application.Features.Feedback.GiveFeedback;

public sealed class GiveFeedbackCommandValidator : AbstractValidator<GiveFeedbackCommand>
{
    public GiveFeedbackCommandValidator()
    {
        RuleFor(c => c.Service)
            .Must(s => WireNames.TryParse<FeedbackService>(s, out _))
            .WithMessage($"service is one of: {string.Join(", ", WireNames.All<FeedbackService>())}.");
        RuleFor(c => c.Reference)
            .Null()
            .When(c => c.Service == WireNames.Of(FeedbackService.General))
            .WithMessage("General feedback names no item: leave reference out.");
        RuleFor(c => c.Reference).NotEqual(Guid.Empty).WithMessage("reference is the id of one of your items of the service.");
        RuleFor(c => c.Rating)
            .InclusiveBetween(ServiceFeedback.MinRating, ServiceFeedback.MaxRating)
            .WithMessage($"rating is a whole number from {ServiceFeedback.MinRating} to {ServiceFeedback.MaxRating}.");
        RuleFor(c => c.Text).MaximumLength(ServiceFeedback.TextMaxLength);
    }
}
