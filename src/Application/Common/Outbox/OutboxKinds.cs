namespace Pixyer.Application.Common.Outbox;

public static class OutboxKinds
{
    public const string Email = "email";

    /// <summary>A signed audit checkpoint for an HTTP witness (<see cref="Auditing.WitnessedCheckpoint"/>).</summary>
    public const string AuditCheckpoint = "audit-checkpoint";

    /// <summary>An erased person's customer record to delete at the payment gateway; the payload is the gateway's customer id.</summary>
    public const string GatewayCustomerDeletion = "gateway-customer-deletion";
}
