namespace Pixyer.Domain.Generation;

public enum GenerationStatus
{
    /// <summary>Waiting for a worker, first or after a failed attempt.</summary>
    Queued,

    /// <summary>Claimed by a worker whose lease has not expired.</summary>
    Running,

    Succeeded,

    Failed,
}
