namespace Pixyer.Application.Common.Email;

/// <summary>
/// A mail as queued in the outbox; <paramref name="Headers"/> are extra headers such as List-Unsubscribe, and
/// <paramref name="HtmlBody"/> an HTML alternative to the text (a campaign's open pixel needs one).
/// </summary>
public sealed record EmailMessage(
    string To, string Subject, string TextBody, IReadOnlyDictionary<string, string>? Headers = null, string? HtmlBody = null)
{
    /// <summary>Never print the address or the body (it may carry a live token), whoever logs a message.</summary>
    public override string ToString() => nameof(EmailMessage);
}
