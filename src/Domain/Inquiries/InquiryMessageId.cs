using Pixyer.Domain.Common;

namespace Pixyer.Domain.Inquiries;

public readonly record struct InquiryMessageId(Guid Value) : IEntityId
{
    public static InquiryMessageId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
