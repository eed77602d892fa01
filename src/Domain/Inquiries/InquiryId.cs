using Pixyer.Domain.Common;

namespace Pixyer.Domain.Inquiries;

public readonly record struct InquiryId(Guid Value) : IEntityId
{
    public static InquiryId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
