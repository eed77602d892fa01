namespace Pixyer.Application.Common.Auditing;

/// <summary>Hands a signed checkpoint to a witness that keeps it outside Pixyer (an HTTP endpoint), from the outbox.</summary>
public interface ICheckpointWitness
{
    Task SendAsync(WitnessedCheckpoint checkpoint, CancellationToken cancellationToken);
}

/// <summary>The outbox payload: where it goes, and the checkpoint's signed text, key id and base64 DER signature.</summary>
public sealed record WitnessedCheckpoint(string Url, long TreeSize, string Text, string KeyId, string Signature);
