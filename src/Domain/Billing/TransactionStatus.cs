namespace Pixyer.Domain.Billing;

public enum TransactionStatus
{
    Succeeded,
    Failed,
}
