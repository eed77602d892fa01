using System.Text.RegularExpressions;
using MimeKit;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

public static partial class Mails
{
    public static string VerificationToken(MimeMessage mail) =>
        TokenPattern().Match(mail.TextBody ?? "") is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("The mail carries no verification link.");

    [GeneratedRegex(@"verify-email\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenPattern();
}
