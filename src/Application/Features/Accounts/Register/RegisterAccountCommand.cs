using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common.Consent;

namespace Pixyer.Application.Features.Accounts.Register;

/// <summary>
/// Obligations C1, A1, P2, V1, G4: an adult opens an account, accepting the policy in force and optionally
/// granting consents; the address is verified by a mailed token, and the visitor's cookie choices follow.
/// </summary>
[Access(AccessLevel.Anonymous)]
[Processing(
    ProcessingPurpose.AccountManagement,
    LegalBasis.Contract,
    DataCategory.Identity,
    DataCategory.Contact,
    DataCategory.Credentials,
    DataCategory.DateOfBirth)]
public sealed record RegisterAccountCommand(
    string Username,
    string Email,
    string Password,
    DateOnly DateOfBirth,
    string AcceptedPolicyVersion,
    [property: PurposeWideConsentName] IReadOnlyList<string>? Consents = null) : ICommand<RegistrationAccepted>, IIdempotentCommand
{
    /// <summary>Never print the password, whoever logs a request.</summary>
    public override string ToString() => nameof(RegisterAccountCommand);
}
