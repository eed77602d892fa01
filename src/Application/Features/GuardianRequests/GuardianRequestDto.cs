using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests;

/// <summary>
/// A guardian request as staff verify it: what the guardian wrote and, for staff only, whether the minor's account
/// was found (<c>matchedAccount</c>). <c>minorAccount</c> and <c>statement</c> are null once redacted.
/// </summary>
public sealed record GuardianRequestDto(
    Guid Id,
    [property: WireNameOf<GuardianRequestStatus>] string Status,
    [property: MaxLength(GuardianRequest.NameMaxLength)] string GuardianName,
    [property: MaxLength(GuardianRequest.IdentifierMaxLength)] string GuardianEmail,
    [property: WireNameOf<GuardianRelationship>] string Relationship,
    [property: MaxLength(GuardianRequest.IdentifierMaxLength)] string? MinorAccount,
    [property: MaxLength(GuardianRequest.StatementMaxLength)] string? Statement,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? DecidedAt,
    Guid? DecidedBy,
    [property: MaxLength(GuardianRequest.ReasonMaxLength)] string? RejectionReason,
    MinorAccountMatch? MatchedAccount) : IHasAuditSubject
{
    [JsonIgnore]
    Guid? IHasAuditSubject.AuditSubjectId => MatchedAccount?.Id;

    public static GuardianRequestDto Of(GuardianRequest request, DateTimeOffset? dueAt, MinorAccountMatch? match) =>
        new(
            request.Id.Value,
            WireNames.Of(request.Status),
            request.GuardianName,
            request.GuardianEmail,
            WireNames.Of(request.Relationship),
            request.MinorIdentifier,
            request.Statement,
            request.ReceivedAt,
            dueAt,
            request.DecidedAt,
            request.DecidedBy?.Value,
            request.RejectionReason,
            match);
}

/// <summary>The account the request names, and its status (<c>active</c>, <c>deactivated</c>, ...).</summary>
public sealed record MinorAccountMatch(Guid Id, [property: WireNameOf<AccountStatus>] string Status);

/// <summary>A line of the staff queue: who asked and when, nothing about the minor.</summary>
public sealed record GuardianRequestSummary(
    Guid Id,
    [property: WireNameOf<GuardianRequestStatus>] string Status,
    [property: MaxLength(GuardianRequest.NameMaxLength)] string GuardianName,
    [property: WireNameOf<GuardianRelationship>] string Relationship,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? DecidedAt);

