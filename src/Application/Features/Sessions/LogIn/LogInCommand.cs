using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Sessions.LogIn;

/// <summary>Obligations G1, K1, P1: email and password open a revocable server-side session.</summary>
[Access(AccessLevel.Anonymous)]
[Processing(
    ProcessingPurpose.AccountManagement,
    LegalBasis.Contract,
    DataCategory.Contact,
    DataCategory.Credentials,
    DataCategory.DeviceAndAccess)]
public sealed record LogInCommand(string Email, string Password) : ICommand<LoggedIn>
{
    public override string ToString() => nameof(LogInCommand);
}
