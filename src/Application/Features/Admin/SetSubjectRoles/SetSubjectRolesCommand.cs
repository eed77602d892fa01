using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Admin.SetSubjectRoles;

/// <summary>Obligation P1 (access control): an admin sets the staff roles of an account.</summary>
[Access(Domain.Accounts.Roles.Admin)]
[Processing(ProcessingPurpose.Security, LegalBasis.ServiceSecurity, DataCategory.Identity)]
public sealed record SetSubjectRolesCommand(Guid SubjectId, [property: RoleName] IReadOnlyList<string> Roles) : ICommand<SubjectRoles>, IHasAuditSubject
{
    Guid? IHasAuditSubject.AuditSubjectId => SubjectId;
}

public sealed record SubjectRoles(Guid SubjectId, [property: RoleName, MaxLength(EnumListBounds.Roles)] IReadOnlyList<string> Roles);

