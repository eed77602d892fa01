using Pixyer.Application.Common.Consent;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Common.Exceptions;

public sealed class ConsentRequiredException(ConsentPurpose purpose)
    : ProblemException(
        403,
        "consent-required",
        "Consent required",
        $"This needs your consent to '{ConsentPurposes.NameOf(purpose)}'; grant it at PUT /api/v1/me/consents/{ConsentPurposes.NameOf(purpose)}.")
{
    public override IReadOnlyDictionary<string, object?> Extensions =>
        new Dictionary<string, object?> { ["purpose"] = ConsentPurposes.NameOf(purpose) };
}
