namespace Pixyer.Application.Features.PaymentMethods;

/// <summary>
/// The subject lock every change to a person's cards and subscriptions takes first, so that two requests of one
/// person (a double-clicked subscribe, a renewal racing a cancellation) run one after the other.
/// </summary>
public static class BillingLocks
{
    public const string Scope = "billing";
}
