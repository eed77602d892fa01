using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Sessions.GetCurrentSession;

/// <summary>
/// Obligations K1, P1: the calling session, with its anti-CSRF token, for an SPA that lost the token with a page
/// reload (a cross-site SPA cannot read the API's cookies). <see cref="SessionToken"/> is the token the call was
/// authenticated with; allowed before a policy re-acceptance, which itself needs the CSRF token.
/// </summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.AccountManagement, LegalBasis.Contract, DataCategory.DeviceAndAccess)]
public sealed record GetCurrentSessionQuery(string SessionToken) : IQuery<CurrentSession>
{
    public override string ToString() => nameof(GetCurrentSessionQuery);
}
