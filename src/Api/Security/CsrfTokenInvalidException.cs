using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Api.Security;

public sealed class CsrfTokenInvalidException()
    : ProblemException(
        403,
        "csrf-token-invalid",
        "CSRF token missing or invalid",
        $"Requests authenticated by the session cookie must echo the {SessionCookies.Csrf} cookie in the {SessionCookies.CsrfHeader} header.");
