namespace Pixyer.Application.Features.Accounts.Register;

/// <summary>The answer to every accepted registration, so that it cannot tell whether the address has an account.</summary>
public sealed record RegistrationReceipt(string Status)
{
    public static readonly RegistrationReceipt VerificationMailSent = new("verification-mail-sent");
}
