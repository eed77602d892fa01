using System.Text.Json.Serialization;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests;

/// <summary>
/// A guardian request as staff verify it: what the guardian wrote and, for staff only, whether the minor's account
/// was found (<c>matchedAccount</c>). <c>minorAccount</c> and <c>statement</c> are null once redacted.
/// </summary>
public sealed record GuardianRequestDto(
    Guid Id,
    string Status,
    string GuardianName,
    string GuardianEmail,
    string Relationship,
    string? MinorAccount,
    string? Statement,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? DecidedAt,
    Guid? DecidedBy,
    string? RejectionReason,
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
public sealed record MinorAccountMatch(Guid Id, string Status);

/// <summary>A line of the staff queue: who asked and when, nothing about the minor.</summary>
public sealed record GuardianRequestSummary(
    Guid Id, string Status, string GuardianName, string Relationship, DateTimeOffset ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? DecidedAt);
