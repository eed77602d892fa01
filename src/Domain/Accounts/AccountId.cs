using Pixyer.Domain.Common;

namespace Pixyer.Domain.Accounts;

/// <summary>The id of an account; it is also the id of the person (data subject) the account belongs to.</summary>
public readonly record struct AccountId(Guid Value) : IEntityId
{
    public static AccountId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
