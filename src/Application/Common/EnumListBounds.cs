namespace Pixyer.Application.Common;

/// <summary>
/// The most items a list of distinct names of one set can hold (its <c>maxItems</c>): literals, because attributes
/// need constants; a unit test keeps each at least the size of its set.
/// </summary>
public static class EnumListBounds
{
    public const int DataCategories = 19;
    public const int ConsentPurposes = 7;
    public const int RecipientCategories = 11;
    public const int Roles = 4;
    public const int AdSegments = 9;
    public const int GenerationFormats = 3;
}
