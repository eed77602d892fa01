using Pixyer.Domain.Processing;

namespace Pixyer.Application.Common.Processing;

/// <summary>
/// Declares the processing activity a request performs (obligations U1, U10): its purpose, legal basis and the
/// categories of personal data it touches. The processing register is built from these declarations, and an
/// architecture test fails for a request without one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ProcessingAttribute(ProcessingPurpose purpose, LegalBasis legalBasis, params DataCategory[] dataCategories)
    : Attribute
{
    public ProcessingPurpose Purpose { get; } = purpose;

    public LegalBasis LegalBasis { get; } = legalBasis;

    public IReadOnlyList<DataCategory> DataCategories { get; } = dataCategories;
}
