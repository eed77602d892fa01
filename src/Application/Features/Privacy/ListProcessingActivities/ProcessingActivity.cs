using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Privacy.ListProcessingActivities;

/// <summary>
/// One processing activity: a request of the API and what it declares. Enumerated values are spelled in snake_case;
/// <see cref="ConsentPurpose"/> is null when the activity needs no consent of its own.
/// </summary>
public sealed record ProcessingActivity(
    [property: MaxLength(AuditEntry.RequestNameMaxLength)] string Request,
    [property: RequestKind] string Kind,
    [property: WireNameOf<ProcessingPurpose>] string Purpose,
    [property: ObligationName, MaxLength(1)] IReadOnlyList<string> Obligations,
    [property: WireNameOf<LegalBasis>] string LegalBasis,
    [property: WireNameOf<DataCategory>, MaxLength(EnumListBounds.DataCategories)] IReadOnlyList<string> DataCategories,
    [property: WireNameOf<ConsentPurpose>] string? ConsentPurpose,
    [property: WireNameOf<RecipientCategory>, MaxLength(EnumListBounds.RecipientCategories)] IReadOnlyList<string> RecipientCategories,
    [property: MaxLength(EnumListBounds.DataCategories), ItemMaxLength(RetentionRules.TextMaxLength)] IReadOnlyList<string> Retention);

/// <summary>The whole register: it is small and fixed by the code, so it is not paged.</summary>
public sealed record ProcessingActivityList(
    [property: MaxLength(ProcessingRegister.MaxActivities)] IReadOnlyList<ProcessingActivity> Items, int Total);

/// <summary>The property holds <see cref="ProcessingRegister.CommandKind"/> or <see cref="ProcessingRegister.QueryKind"/>.</summary>
public sealed class RequestKindAttribute() : WireNameOfAttribute([ProcessingRegister.CommandKind, ProcessingRegister.QueryKind]);

/// <summary>The property holds the obligations <see cref="ProcessingRegister.ObligationOf"/> names.</summary>
public sealed class ObligationNameAttribute()
    : WireNameOfAttribute(Enum.GetValues<ProcessingPurpose>().Select(ProcessingRegister.ObligationOf).Distinct().ToList());
