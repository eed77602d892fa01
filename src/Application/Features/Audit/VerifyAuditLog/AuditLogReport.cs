using System.ComponentModel.DataAnnotations;
using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Features.Audit.VerifyAuditLog;

/// <summary>
/// The verdict on the audit log. <see cref="Entries"/> counts every row, <see cref="Unsequenced"/> those still waiting
/// for the sequencer (checked against their keyed hash only); <see cref="FirstBrokenSequence"/> is the lowest entry a
/// finding names; <see cref="Findings"/> lists the first 100 of <see cref="FindingCount"/>.
/// </summary>
public sealed record AuditLogReport(
    bool Valid,
    long Entries,
    long Sequenced,
    long Unsequenced,
    AuditCheckpointDto? LatestCheckpoint,
    int DatabaseCheckpoints,
    int OutsideCheckpoints,
    long? FirstBrokenSequence,
    [property: MaxLength(AuditLogFindings.MaxListed)] IReadOnlyList<AuditLogFindingDto> Findings,
    int FindingCount)
{
    public static AuditLogReport From(AuditLogVerification verification) => new(
        verification.Valid,
        verification.Entries,
        verification.Sequenced,
        verification.Unsequenced,
        verification.LatestCheckpoint is { } latest ? AuditCheckpointDto.From(latest) : null,
        verification.DatabaseCheckpoints,
        verification.OutsideCheckpoints,
        verification.FirstBrokenSequence,
        verification.Findings.Select(AuditLogFindingDto.Of).ToList(),
        verification.FindingCount);
}

/// <summary>One thing verification found wrong (<see cref="AuditLogFinding"/>).</summary>
public sealed record AuditLogFindingDto(
    [property: AuditFindingKind] string Kind,
    long? Sequence,
    Guid? EntryId,
    long? TreeSize,
    [property: MaxLength(AuditLogFinding.DetailMaxLength)] string Detail)
{
    public static AuditLogFindingDto Of(AuditLogFinding finding) =>
        new(finding.Kind, finding.Sequence, finding.EntryId, finding.TreeSize, finding.Detail);
}
