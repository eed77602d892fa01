namespace Pixyer.Application.Common.Requests;

/// <summary>
/// A query through which staff may read another person's data; it is audited whenever its subject is not the
/// caller, or when it names no subject because it reads many people's data (obligation P1).
/// </summary>
public interface IAuditedQuery : IHasAuditSubject;
