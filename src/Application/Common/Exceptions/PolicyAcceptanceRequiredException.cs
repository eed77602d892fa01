namespace Pixyer.Application.Common.Exceptions;

public sealed class PolicyAcceptanceRequiredException(string version)
    : ProblemException(
        403,
        "policy-acceptance-required",
        "Policy acceptance required",
        $"The privacy policy changed significantly (version {version}); accept it at POST /api/v1/me/policy-acceptances to go on.")
{
    public override IReadOnlyDictionary<string, object?> Extensions => new Dictionary<string, object?> { ["version"] = version };
}
