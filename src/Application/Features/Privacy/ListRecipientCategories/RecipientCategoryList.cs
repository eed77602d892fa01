namespace Pixyer.Application.Features.Privacy.ListRecipientCategories;

/// <summary>
/// A category of recipients. <see cref="ConsentPurpose"/> names the consent that allows sharing with it, when one
/// standing consent does; <see cref="Recipients"/> will list the named recipients once they are managed.
/// </summary>
public sealed record RecipientCategoryInfo(
    string Name, string Description, bool RequiresConsent, string? ConsentPurpose, IReadOnlyList<RecipientSummary> Recipients);

public sealed record RecipientSummary(string Name);

/// <summary>Every category of the policy: a fixed, short list, so it is not paged.</summary>
public sealed record RecipientCategoryList(IReadOnlyList<RecipientCategoryInfo> Items, int Total);
