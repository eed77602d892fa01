namespace Pixyer.Application.Common.Telemetry;

/// <summary>The attributes of a mediator span.</summary>
public static class MediatorSpan
{
    public const string RequestType = "pixyer.request.type";

    /// <summary><c>command</c> or <c>query</c>.</summary>
    public const string RequestKind = "pixyer.request.kind";

    /// <summary><c>succeeded</c>, <c>refused</c> (the client's mistake or a rule: 4xx) or <c>failed</c> (a fault of ours).</summary>
    public const string Outcome = "pixyer.request.outcome";

    /// <summary>The problem type of a refusal, the exception type of a failure (OpenTelemetry's <c>error.type</c>).</summary>
    public const string ErrorType = "error.type";
}
