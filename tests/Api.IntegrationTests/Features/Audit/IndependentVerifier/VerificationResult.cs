namespace Pixyer.Api.IntegrationTests.Features.Audit.IndependentVerifier;

/// <summary>
/// Whether a proof or checkpoint verified, why not if it did not, and the checkpoints it verified (one for a checkpoint
/// or an inclusion proof, from and to for a consistency proof), so that a caller can keep them.
/// </summary>
public sealed record VerificationResult(bool Verified, string? Reason, IReadOnlyList<AuditCheckpoint> Checkpoints)
{
    public static VerificationResult Success(params AuditCheckpoint[] checkpoints) => new(true, null, checkpoints);

    public static VerificationResult Failure(string reason) => new(false, reason, []);

    public override string ToString() => Verified ? "verified" : $"rejected: {Reason}";
}
