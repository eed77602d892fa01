using Pixyer.Domain.Common;

namespace Pixyer.Domain.Accounts;

public readonly record struct EmailVerificationTokenId(Guid Value) : IEntityId
{
    public static EmailVerificationTokenId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
