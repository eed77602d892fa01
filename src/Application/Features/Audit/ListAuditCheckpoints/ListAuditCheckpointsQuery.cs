using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Audit.ListAuditCheckpoints;

/// <summary>Obligation P1: the audit log's signed checkpoints, newest first, as witnesses and auditors keep them.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record ListAuditCheckpointsQuery(PageRequest Page) : IQuery<Paged<AuditCheckpointDto>>;
