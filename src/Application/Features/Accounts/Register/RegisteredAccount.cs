using Pixyer.Application.Common.Requests;

namespace Pixyer.Application.Features.Accounts.Register;

public sealed record RegisteredAccount(Guid Id, string Username, string Email, bool EmailVerified) : IHasAuditSubject
{
    Guid? IHasAuditSubject.AuditSubjectId => Id;
}
