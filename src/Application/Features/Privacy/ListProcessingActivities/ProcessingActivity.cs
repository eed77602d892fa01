namespace Pixyer.Application.Features.Privacy.ListProcessingActivities;

/// <summary>
/// One processing activity: a request of the API and what it declares. Enumerated values are spelled in snake_case;
/// <see cref="ConsentPurpose"/> is null when the activity needs no consent of its own.
/// </summary>
public sealed record ProcessingActivity(
    string Request,
    string Kind,
    string Purpose,
    IReadOnlyList<string> Obligations,
    string LegalBasis,
    IReadOnlyList<string> DataCategories,
    string? ConsentPurpose,
    IReadOnlyList<string> RecipientCategories,
    IReadOnlyList<string> Retention);

/// <summary>The whole register: it is small and fixed by the code, so it is not paged.</summary>
public sealed record ProcessingActivityList(IReadOnlyList<ProcessingActivity> Items, int Total);
