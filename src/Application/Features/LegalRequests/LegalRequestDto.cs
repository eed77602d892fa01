using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features.LegalRequests.RecordLegalRequest;
using Pixyer.Domain.Common;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Application.Features.LegalRequests;

/// <summary>
/// A legal request as staff read it (E1): the authority, basis, document (reference, type, size, SHA-256), scope,
/// reviewer, decision and the status timeline. Its audit subject is the request itself: ids only in the audit log.
/// </summary>
public sealed record LegalRequestDto(
    Guid Id,
    [property: WireNameOf<LegalRequestStatus>] string Status,
    LegalAuthorityDto Authority,
    [property: MaxLength(LegalRequest.TextMaxLength)] string LegalBasis,
    [property: MaxLength(LegalRequest.ReferenceMaxLength)] string? DocumentReference,
    LegalDocumentDto? Document,
    DateTimeOffset ReceivedAt,
    [property: MaxLength(RecordLegalRequestCommandValidator.MaxSubjects)] IReadOnlyList<Guid> SubjectIds,
    [property: MaxLength(PersonalDataCategories.MaxCount), ItemMaxLength(PersonalDataCategories.NameMaxLength)] IReadOnlyList<string> Categories,
    Guid ReviewerId,
    Guid RecordedBy,
    LegalDecisionDto? Decision,
    [property: MaxLength(LegalRequestDto.TimelineMaxSteps)] IReadOnlyList<LegalRequestEventDto> Timeline) : IHasAuditSubject
{
    /// <summary>Received and recorded, the document once attached, and the decision once made (<see cref="TimelineOf"/>).</summary>
    public const int TimelineMaxSteps = 4;

    Guid? IHasAuditSubject.AuditSubjectId => Id;

    public static LegalRequestDto Of(LegalRequest r) => new(
        r.Id.Value,
        WireNames.Of(r.Status),
        new LegalAuthorityDto(r.AuthorityId.Value, r.AuthorityName, r.AuthorityCountry),
        r.LegalBasisText,
        r.DocumentReference,
        r.DocumentSha256 is null ? null : new LegalDocumentDto(r.DocumentContentType!, r.DocumentLength!.Value, r.DocumentSha256, r.DocumentAttachedAt!.Value),
        r.ReceivedAt,
        r.Subjects.Select(s => s.SubjectId.Value).Order().ToList(),
        r.Categories,
        r.ReviewerId.Value,
        r.RecordedBy.Value,
        DecisionOf(r),
        TimelineOf(r));

    private static LegalDecisionDto? DecisionOf(LegalRequest r) => r.DecidedAt is not { } decidedAt
        ? null
        : new LegalDecisionDto(
            WireNames.Of(r.Status), r.DecidedBy!.Value.Value, decidedAt, r.RefusalReason, r.NotifySubjects, r.WithholdingReason,
            r.ExportSha256 is null ? null : new LegalExportDto(r.ExportLength!.Value, r.ExportSha256));

    private static List<LegalRequestEventDto> TimelineOf(LegalRequest r)
    {
        var timeline = new List<LegalRequestEventDto>
        {
            LegalRequestEventDto.Of(LegalRequestStep.Received, r.ReceivedAt, null),
            LegalRequestEventDto.Of(LegalRequestStep.Recorded, r.RecordedAt, r.RecordedBy.Value),
        };
        if (r.DocumentAttachedAt is { } attachedAt)
        {
            timeline.Add(LegalRequestEventDto.Of(LegalRequestStep.DocumentAttached, attachedAt, null));
        }

        if (r.DecidedAt is { } decidedAt)
        {
            var decision = r.Status == LegalRequestStatus.Approved ? LegalRequestStep.Approved : LegalRequestStep.Refused;
            timeline.Add(LegalRequestEventDto.Of(decision, decidedAt, r.DecidedBy!.Value.Value));
        }

        return timeline;
    }
}

/// <summary>The authority, as the disclosure register named it when the request came.</summary>
public sealed record LegalAuthorityDto(
    Guid RecipientId, [property: MaxLength(Recipient.NameMaxLength)] string Name, [property: MaxLength(CountryCode.Length)] string Country);

/// <summary>The stored legal document: its detected type, size, and the SHA-256 of the bytes uploaded (lower-case hex).</summary>
public sealed record LegalDocumentDto(
    [property: LegalDocumentType] string ContentType, long Length, [property: MaxLength(Sha256Hex.Length)] string Sha256, DateTimeOffset AttachedAt);

/// <summary>The decision: approved (told or not, with the legal reason when not; the export's size and SHA-256) or refused (with the reason).</summary>
public sealed record LegalDecisionDto(
    [property: WireNameOf<LegalRequestStatus>] string Outcome,
    Guid DecidedBy,
    DateTimeOffset DecidedAt,
    [property: MaxLength(LegalRequest.ReasonMaxLength)] string? RefusalReason,
    bool? NotifySubjects,
    [property: MaxLength(LegalRequest.ReasonMaxLength)] string? WithholdingReason,
    LegalExportDto? Export);

public sealed record LegalExportDto(long Length, [property: MaxLength(Sha256Hex.Length)] string Sha256);


/// <summary>One step of the request's status timeline: received, recorded, document_attached, approved or refused.</summary>
public sealed record LegalRequestEventDto([property: WireNameOf<LegalRequestStep>] string Event, DateTimeOffset At, Guid? By)
{
    public static LegalRequestEventDto Of(LegalRequestStep step, DateTimeOffset at, Guid? by) => new(WireNames.Of(step), at, by);
}

/// <summary>A step of a legal request's timeline.</summary>
public enum LegalRequestStep
{
    Received,
    Recorded,
    DocumentAttached,
    Approved,
    Refused,
}

