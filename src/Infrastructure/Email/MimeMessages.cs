using MimeKit;
using Pixyer.Application.Common.Email;

namespace Pixyer.Infrastructure.Email;

internal static class MimeMessages
{
    public static MimeMessage Create(EmailMessage message, string from, Guid messageId)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = $"{messageId:N}@pixyer",
            Body = message.HtmlBody is null
                ? new TextPart("plain") { Text = message.TextBody }
                : new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody(),
        };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        foreach (var (name, value) in message.Headers ?? new Dictionary<string, string>())
        {
            mime.Headers.Add(name, value);
        }

        return mime;
    }
}
