namespace Pixyer.Application.Common.Outbox;

public static class OutboxKinds
{
    public const string Email = "email";

    /// <summary>A signed audit checkpoint for an HTTP witness (<see cref="Auditing.WitnessedCheckpoint"/>).</summary>
    public const string AuditCheckpoint = "audit-checkpoint";
}
