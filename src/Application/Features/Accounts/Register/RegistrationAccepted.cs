using Pixyer.Application.Common.Requests;

namespace Pixyer.Application.Features.Accounts.Register;

/// <summary>
/// What a registration did, for the audit entry only: the account created or the one that already had the address.
/// The client sees <see cref="RegistrationReceipt"/>, which is the same in both cases (C1).
/// </summary>
public sealed record RegistrationAccepted(Guid SubjectId) : IHasAuditSubject
{
    Guid? IHasAuditSubject.AuditSubjectId => SubjectId;
}
