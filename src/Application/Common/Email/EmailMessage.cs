namespace Pixyer.Application.Common.Email;

public sealed record EmailMessage(string To, string Subject, string TextBody)
{
    /// <summary>Never print the address or the body (it may carry a live token), whoever logs a message.</summary>
    public override string ToString() => nameof(EmailMessage);
}
