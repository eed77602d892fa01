using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Domain.Feedback;

namespace Pixyer.Application.Features.Feedback;

/// <summary>One piece of feedback as its author reads it; <c>service</c> is the snake_case wire name.</summary>
public sealed record FeedbackDto(
    Guid Id,
    [property: WireNameOf<FeedbackService>] string Service,
    Guid? Reference,
    int Rating,
    [property: MaxLength(ServiceFeedback.TextMaxLength)] string? Text,
    DateTimeOffset GivenAt)

{
    public static FeedbackDto From(ServiceFeedback feedback) =>
        new(feedback.Id.Value, WireNames.Of(feedback.Service), feedback.Reference, feedback.Rating, feedback.Text, feedback.GivenAt);
}
