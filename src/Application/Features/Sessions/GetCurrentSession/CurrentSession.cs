namespace Pixyer.Application.Features.Sessions.GetCurrentSession;

public sealed record CurrentSession(Guid SessionId, Guid AccountId, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string CsrfToken)
{
    public override string ToString() => nameof(CurrentSession);
}
