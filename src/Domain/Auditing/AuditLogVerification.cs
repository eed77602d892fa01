namespace Pixyer.Domain.Auditing;

/// <summary>What verifying the whole audit log found; <see cref="Findings"/> lists the first ones, <see cref="FindingCount"/> counts all.</summary>
public sealed record AuditLogVerification(
    bool Valid,
    long Entries,
    long Sequenced,
    long Unsequenced,
    AuditCheckpoint? LatestCheckpoint,
    int DatabaseCheckpoints,
    int OutsideCheckpoints,
    long? FirstBrokenSequence,
    IReadOnlyList<AuditLogFinding> Findings,
    int FindingCount);
