using Pixyer.Domain.Consents;

namespace Pixyer.Application.Common.Consent;

/// <summary>
/// Declares that a request processes the data of other people under their consent to <see cref="Purpose"/>: the handler
/// takes only the data of those who hold it at that moment (e.g. the training set, U3). Unlike
/// <see cref="RequiresConsentAttribute"/>, the caller's own consent is not asked; the processing register names the
/// purpose all the same.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ConsentOfSubjectsAttribute(ConsentPurpose purpose) : Attribute
{
    public ConsentPurpose Purpose { get; } = purpose;
}
