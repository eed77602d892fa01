namespace Pixyer.Application.Common.Requests;

/// <summary>
/// A request or response that names the person it is about, when that is not the caller (staff acting on a
/// subject, or a registration creating one). The audit entry records this id as its subject.
/// </summary>
public interface IHasAuditSubject
{
    Guid? AuditSubjectId { get; }
}
