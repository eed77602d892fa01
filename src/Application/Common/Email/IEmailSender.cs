namespace Pixyer.Application.Common.Email;

/// <summary>The edge where mail leaves Pixyer: a pickup folder by default, SMTP when configured.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, Guid messageId, CancellationToken cancellationToken);
}
