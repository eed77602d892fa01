using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Application.Common.Auditing;

/// <summary>The stored log does not give what its signed checkpoints say: no proof is served from it, and verification says where.</summary>
public sealed class AuditLogInconsistentException(string detail)
    : ProblemException(409, "audit-log-inconsistent", "Audit log inconsistent", detail + " GET /api/v1/admin/audit/verify says what and where.");
