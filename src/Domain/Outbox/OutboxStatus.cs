namespace Pixyer.Domain.Outbox;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
    Cancelled = 3,
}
