namespace Pixyer.Application.Common.Email;

/// <summary>The edge where mail leaves Pixyer: a pickup folder by default, SMTP when configured.</summary>
public interface IEmailSender
{
    /// <summary>
    /// The key of the <c>Recipient</c> (the email platform) a delivery discloses the mail to, or null when the mail stays
    /// on this machine (the pickup folder). The outbox records the disclosure of each delivery to a person (S1).
    /// </summary>
    string? RecipientKey { get; }

    /// <summary><paramref name="subjectId"/> is the person the mail is about, if any: their erasure removes what stayed here.</summary>
    Task SendAsync(EmailMessage message, Guid messageId, Guid? subjectId, CancellationToken cancellationToken);
}
