using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Api.Errors;

/// <summary>Stable problem types for responses that no exception of ours describes (framework and status-code answers).</summary>
public static class ProblemTypes
{
    public static string ForStatus(int status) => Problems.TypeUri(status switch
    {
        400 => "malformed-request",
        401 => "unauthenticated",
        403 => "forbidden",
        404 => "not-found",
        405 => "method-not-allowed",
        409 => "conflict",
        413 => "payload-too-large",
        415 => "unsupported-media-type",
        422 => "unprocessable",
        429 => "too-many-requests",
        503 => "service-unavailable",
        _ when status >= 500 => Problems.InternalType,
        _ => "error",
    });
}
