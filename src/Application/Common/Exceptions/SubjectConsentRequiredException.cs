using Pixyer.Application.Common.Consent;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Common.Exceptions;

/// <summary>
/// The person the data is about has not given the consent this processing needs. Unlike
/// <see cref="ConsentRequiredException"/> (the caller's own consent), the caller cannot fix it: only that person can,
/// so the request is refused (422) and nothing is done.
/// </summary>
public sealed class SubjectConsentRequiredException(ConsentPurpose purpose, string what)
    : ProblemException(
        422,
        "subject-consent-required",
        "Subject consent required",
        $"{what} needs the data subject's consent to '{ConsentPurposes.NameOf(purpose)}', which they do not hold now; nothing was done.")
{
    public override IReadOnlyDictionary<string, object?> Extensions =>
        new Dictionary<string, object?> { ["purpose"] = ConsentPurposes.NameOf(purpose) };
}
