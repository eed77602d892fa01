using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Accounts.VerifyEmail;

/// <summary>Obligation C1: the address is confirmed with the token mailed to it (single use, 24 hours).</summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.IdentityVerification, LegalBasis.Contract, DataCategory.Contact)]
public sealed record VerifyEmailCommand(string Token) : ICommand<VerifiedEmail>
{
    public override string ToString() => nameof(VerifyEmailCommand);
}
