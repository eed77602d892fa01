using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Audit.VerifyAuditLog;

/// <summary>
/// Obligations P1, G2: recomputes the audit log's tree from its rows and holds it against every signed checkpoint,
/// in the database and outside it; an edited, removed or inserted entry, a cut tail or a rewritten history is reported
/// with what and where.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record VerifyAuditLogQuery : IQuery<AuditLogReport>;
