namespace Pixyer.Application.Common.Outbox;

public static class OutboxKinds
{
    public const string Email = "email";
}
