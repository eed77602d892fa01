using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.ModelFeedback;

/// <summary>
/// A rating and comment a person gives on generated visuals so that Pixyer can improve its AI models
/// (obligation U3); it is collected only with the model-improvement consent.
/// </summary>
public sealed class ModelFeedbackEntry
{
    private ModelFeedbackEntry()
    {
    }

    public ModelFeedbackEntryId Id { get; private set; }

    public AccountId SubjectId { get; private set; }

    public int Rating { get; private set; }

    [PersonalData]
    public string? Comment { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public static ModelFeedbackEntry Submit(AccountId subjectId, int rating, string? comment, DateTimeOffset now) =>
        new() { Id = ModelFeedbackEntryId.New(), SubjectId = subjectId, Rating = rating, Comment = comment, SubmittedAt = now };
}
