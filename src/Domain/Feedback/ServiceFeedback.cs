using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Feedback;

/// <summary>
/// A rating, and optionally a comment, a person gives on a Pixyer service or one of their own items of it (C5). Not to
/// be confused with model feedback, which rates generated visuals for model improvement under consent.
/// </summary>
public sealed class ServiceFeedback
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int TextMaxLength = 2000;

    private ServiceFeedback()
    {
    }

    public ServiceFeedbackId Id { get; private set; }

    public AccountId AuthorId { get; private set; }

    public FeedbackService Service { get; private set; }

    /// <summary>The id of the author's own item of the service (a generation job, a subscription); none for general feedback.</summary>
    public Guid? Reference { get; private set; }

    public int Rating { get; private set; }

    [PersonalData]
    public string? Text { get; private set; }

    public DateTimeOffset GivenAt { get; private set; }

    public static ServiceFeedback Give(AccountId authorId, FeedbackService service, Guid? reference, int rating, string? text, DateTimeOffset now)
    {
        if (service == FeedbackService.General && reference is not null)
        {
            throw new ArgumentException("General feedback names no item.", nameof(reference));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(rating, MinRating);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, MaxRating);
        return new ServiceFeedback
        {
            Id = ServiceFeedbackId.New(),
            AuthorId = authorId,
            Service = service,
            Reference = reference,
            Rating = rating,
            Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            GivenAt = now,
        };
    }
}
