namespace Pixyer.Domain.Rights;

/// <summary>The rights a person (or a minor's guardian) can exercise; each request has a deadline.</summary>
public enum RightsRequestKind
{
    Export = 0,
    Deletion = 1,
    Correction = 2,
    Guardian = 3,

    /// <summary>A question, complaint, privacy or after-sales request to support (Q1), due within its kind's period.</summary>
    Inquiry = 4,
}
