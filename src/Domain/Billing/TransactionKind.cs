namespace Pixyer.Domain.Billing;

public enum TransactionKind
{
    /// <summary>The first period of a new subscription.</summary>
    FirstPeriod,

    Renewal,

    /// <summary>Money returned on a charge (e.g. from the gateway's dashboard, announced by webhook).</summary>
    Refund,
}
