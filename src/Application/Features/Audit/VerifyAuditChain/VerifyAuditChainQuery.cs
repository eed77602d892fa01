using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Audit.VerifyAuditChain;

/// <summary>Obligation P1: recomputes the hash chain and names the first entry edited, removed or out of place.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record VerifyAuditChainQuery : IQuery<AuditChainReport>;

public sealed record AuditChainReport(bool Valid, long Entries, long? FirstBrokenSequence);
