namespace Pixyer.Domain.BusinessTransfers;

/// <summary>The events after which the privacy policy lets personal information pass to a new holder (T1).</summary>
public enum BusinessTransferKind
{
    Merger,
    Acquisition,
    Bankruptcy,
}
