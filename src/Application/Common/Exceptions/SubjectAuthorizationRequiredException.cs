using Pixyer.Application.Common.Consent;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Common.Exceptions;

/// <summary>
/// Making something of a person's public needs their authorization for that very item (D1), which they do not hold
/// now. Only that person can give it, so staff are refused (403) and nothing is published.
/// </summary>
public sealed class SubjectAuthorizationRequiredException(ConsentPurpose purpose, string scope)
    : ProblemException(
        403,
        "subject-authorization-required",
        "Subject authorization required",
        $"Publishing '{scope}' needs its owner's authorization ('{ConsentPurposes.NameOf(purpose)}' for that item), which they do not hold now; "
        + "nothing was published.")
{
    public override IReadOnlyDictionary<string, object?> Extensions =>
        new Dictionary<string, object?> { ["purpose"] = ConsentPurposes.NameOf(purpose), ["scope"] = scope };
}
