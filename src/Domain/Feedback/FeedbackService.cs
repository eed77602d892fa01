namespace Pixyer.Domain.Feedback;

/// <summary>
/// What a person gives feedback on (C5), spelled in snake_case on the wire and in the database. Support threads join
/// when inquiries exist: a value added here, with its ownership check in the application's feedback references.
/// </summary>
public enum FeedbackService
{
    /// <summary>A generation job, or generating in general.</summary>
    Generation,

    /// <summary>A subscription, or subscribing in general.</summary>
    Subscription,

    /// <summary>Pixyer as a whole; names no item.</summary>
    General,
}
