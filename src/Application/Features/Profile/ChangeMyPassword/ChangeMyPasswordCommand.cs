using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Profile.ChangeMyPassword;

/// <summary>Obligations P1, P2: a new complex password; every other session is revoked.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.AccountManagement, LegalBasis.Contract, DataCategory.Credentials)]
public sealed record ChangeMyPasswordCommand(string CurrentPassword, string NewPassword) : ICommand<SessionsRevokedByPasswordChange>
{
    public override string ToString() => nameof(ChangeMyPasswordCommand);
}

public sealed record SessionsRevokedByPasswordChange(int OtherSessionsRevoked);
