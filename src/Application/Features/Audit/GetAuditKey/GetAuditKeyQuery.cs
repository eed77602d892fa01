using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Audit.GetAuditKey;

/// <summary>Obligation P1: the public key that signs the audit log's checkpoints, for anyone who keeps or checks them.</summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record GetAuditKeyQuery : IQuery<AuditKey>;

/// <summary>The key (PEM SubjectPublicKeyInfo), its id as checkpoints name it, the signature scheme and the log's origin line.</summary>
public sealed record AuditKey(
    [property: AuditSignatureAlgorithm] string Algorithm,
    [property: MaxLength(AuditSignature.KeyIdLength)] string KeyId,
    [property: MaxLength(AuditSignature.PublicKeyPemLength)] string PublicKeyPem,
    [property: AuditLogOrigin] string Origin);
