using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Auditing.Merkle;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Audit.GetInclusionProof;

/// <summary>
/// Obligation P1: proves that entry <see cref="Sequence"/> is in the log a checkpoint signed (the one of
/// <see cref="TreeSize"/> entries, else the latest), so an auditor holding only the public key can check it.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record GetAuditInclusionProofQuery(long Sequence, long? TreeSize) : IQuery<AuditInclusionProof>;

/// <summary>RFC 9162 §2.1.3: the leaf at <see cref="LeafIndex"/> (the sequence minus one) and its audit path, nearest sibling first, in base64.</summary>
public sealed record AuditInclusionProof(
    long Sequence,
    long LeafIndex,
    [property: MaxLength(CheckpointStatement.HashBase64Length)] string LeafHash,
    long TreeSize,
    [property: MaxLength(MerkleProofs.MaxHashes), ItemMaxLength(CheckpointStatement.HashBase64Length)] IReadOnlyList<string> AuditPath,
    AuditCheckpointDto Checkpoint);
