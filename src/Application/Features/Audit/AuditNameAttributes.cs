using Pixyer.Application.Common;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Features.Audit;

/// <summary>The property holds an <see cref="ICurrentActor.Role"/>: a role name, the system's or an anonymous caller's.</summary>
public sealed class AuditActorRoleAttribute()
    : WireNameOfAttribute([.. RoleNames.All, ICurrentActor.SystemRole, ICurrentActor.AnonymousRole]);

/// <summary>The property holds an <see cref="AuditOutcome"/> by its name, as the audit trail stores it.</summary>
public sealed class AuditOutcomeNameAttribute() : WireNameOfAttribute(Enum.GetNames<AuditOutcome>());

/// <summary>The property holds one of <see cref="AuditLogFinding.Kinds"/>.</summary>
public sealed class AuditFindingKindAttribute() : WireNameOfAttribute(AuditLogFinding.Kinds);

/// <summary>The property holds <see cref="AuditSignature.Algorithm"/>, the only scheme checkpoints are signed with.</summary>
public sealed class AuditSignatureAlgorithmAttribute() : WireNameOfAttribute([AuditSignature.Algorithm]);

/// <summary>The property holds <see cref="CheckpointStatement.Origin"/>, the log's origin line.</summary>
public sealed class AuditLogOriginAttribute() : WireNameOfAttribute([CheckpointStatement.Origin]);
