namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// The bounds of the category names of <see cref="IPersonalDataSource"/> (<c>account</c>, <c>files</c>...), which
/// exports, legal requests and certificates list: at most one of each registered source (Architecture.Tests check it).
/// </summary>
public static class PersonalDataCategories
{
    public const int MaxCount = 100;

    public const int NameMaxLength = 40;
}
