using Pixyer.Domain.Common;
using Pixyer.Domain.Exports;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Domain.Rights;

/// <summary>
/// A <see cref="RightsRequest"/> has no id of its own: it shares the id of the request whose deadline it tracks, so it
/// is only ever made from that request's id, by <c>Tracking</c>.
/// </summary>
public readonly record struct RightsRequestId(Guid Value) : IEntityId
{
    public static RightsRequestId Tracking(DataExportId export) => new(export.Value);

    public static RightsRequestId Tracking(DeletionRequestId deletion) => new(deletion.Value);

    public static RightsRequestId Tracking(CorrectionRequestId correction) => new(correction.Value);

    public static RightsRequestId Tracking(GuardianRequestId guardian) => new(guardian.Value);

    public static RightsRequestId Tracking(InquiryId inquiry) => new(inquiry.Value);

    public override string ToString() => Value.ToString();
}
