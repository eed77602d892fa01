namespace Pixyer.Domain.Billing;

public enum InvoicePaymentStatus
{
    Paid,
    Refunded,
}
