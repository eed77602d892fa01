using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Auditing.Merkle;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Audit.GetConsistencyProof;

/// <summary>
/// Obligation P1: proves that the log signed at <see cref="From"/> entries is the start of the one signed at
/// <see cref="To"/> (else the latest): nothing before was changed, removed or inserted in between.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record GetAuditConsistencyProofQuery(long From, long? To) : IQuery<AuditConsistencyProof>;

/// <summary>RFC 9162 §2.1.4: the consistency proof between two signed checkpoints, in base64, in the RFC's order.</summary>
public sealed record AuditConsistencyProof(
    long FromTreeSize,
    long ToTreeSize,
    [property: MaxLength(MerkleProofs.MaxHashes), ItemMaxLength(CheckpointStatement.HashBase64Length)] IReadOnlyList<string> Proof,
    AuditCheckpointDto From,
    AuditCheckpointDto To);
