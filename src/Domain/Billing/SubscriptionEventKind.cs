namespace Pixyer.Domain.Billing;

public enum SubscriptionEventKind
{
    Started,
    Renewed,
    RenewalFailed,
    CancellationRequested,
    Canceled,
}
