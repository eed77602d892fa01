using Pixyer.Application.Common.Requests;

namespace Pixyer.Application.Features.Accounts.VerifyEmail;

public sealed record VerifiedEmail(Guid AccountId, bool EmailVerified) : IHasAuditSubject
{
    Guid? IHasAuditSubject.AuditSubjectId => AccountId;
}
