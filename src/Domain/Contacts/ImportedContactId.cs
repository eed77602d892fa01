using Pixyer.Domain.Common;

namespace Pixyer.Domain.Contacts;

public readonly record struct ImportedContactId(Guid Value) : IEntityId
{
    public static ImportedContactId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
