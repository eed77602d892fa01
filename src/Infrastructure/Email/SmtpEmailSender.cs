using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Email;

namespace Pixyer.Infrastructure.Email;

/// <summary>
/// Sends through an SMTP relay when <c>Pixyer:Smtp:Host</c> is configured: an external email platform, so each delivery
/// to a person is a disclosure to <c>Pixyer:Smtp:RecipientKey</c>.
/// </summary>
internal sealed class SmtpEmailSender(IOptions<InfrastructureOptions> options) : IEmailSender
{
    public string? RecipientKey => options.Value.Smtp.RecipientKey;

    public async Task SendAsync(EmailMessage message, Guid messageId, Guid? subjectId, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient();
        await client.ConnectAsync(
            smtp.Host ?? throw new InvalidOperationException("Pixyer:Smtp:Host is not configured."), smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(MimeMessages.Create(message, options.Value.Mail.From, messageId), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
