using Pixyer.Application.Common;

namespace Pixyer.Application.Features.Accounts.Register;

/// <summary>The answer to every accepted registration, so that it cannot tell whether the address has an account.</summary>
public sealed record RegistrationReceipt([property: RegistrationStatus] string Status)
{
    public const string MailSent = "verification-mail-sent";

    public static readonly RegistrationReceipt VerificationMailSent = new(MailSent);
}

/// <summary>The one status a registration answers.</summary>
public sealed class RegistrationStatusAttribute() : WireNameOfAttribute([RegistrationReceipt.MailSent]);
