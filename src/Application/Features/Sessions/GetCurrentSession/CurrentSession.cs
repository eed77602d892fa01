using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Sessions.GetCurrentSession;

public sealed record CurrentSession(
    Guid SessionId,
    Guid AccountId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    [property: MaxLength(ISecretTokens.TokenLength)] string CsrfToken)
{
    public override string ToString() => nameof(CurrentSession);
}
