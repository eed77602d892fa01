using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Rights;

/// <summary>
/// The deadline of a rights request (export, deletion, correction, guardian request): answered within
/// <see cref="ResponsePeriod"/>, which staff may extend once by up to <see cref="MaxExtension"/> with a reason the
/// person is told. The request's own record (an export, a deletion request, ...) shares its <see cref="Id"/>.
/// </summary>
[RetainedAfterErasure("rights-requests", "Proof that the request was answered, and when (accountability, G2); ids and dates only.")]
public sealed class RightsRequest
{
    public static readonly TimeSpan ResponsePeriod = TimeSpan.FromDays(30);
    public static readonly TimeSpan MaxExtension = TimeSpan.FromDays(60);
    public const int ExtensionReasonMaxLength = 1000;

    private RightsRequest()
    {
    }

    public RightsRequestId Id { get; private set; }

    public RightsRequestKind Kind { get; private set; }

    /// <summary>The account concerned, once known (a guardian request names one only when staff verified it).</summary>
    public AccountId? SubjectId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset? ExtendedAt { get; private set; }

    /// <summary>Staff's reason, told to the person; written about the request, not the person.</summary>
    public string? ExtensionReason { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public static RightsRequest Open(RightsRequestId id, RightsRequestKind kind, AccountId? subject, DateTimeOffset now) =>
        Open(id, kind, subject, now, ResponsePeriod);

    /// <summary>A request answered within a period of its own (an inquiry's, configured per kind of inquiry).</summary>
    public static RightsRequest Open(RightsRequestId id, RightsRequestKind kind, AccountId? subject, DateTimeOffset now, TimeSpan responsePeriod) =>
        new() { Id = id, Kind = kind, SubjectId = subject, ReceivedAt = now, DueAt = now + responsePeriod };

    public bool IsOverdueAt(DateTimeOffset now) => IsOpen && DueAt < now;

    public void Extend(TimeSpan by, string reason, DateTimeOffset now)
    {
        BusinessRules.Check(new RightsRequestExtensionRule(this, by));
        DueAt += by;
        ExtendedAt = now;
        ExtensionReason = reason.Trim();
    }

    public void IdentifySubject(AccountId subject) => SubjectId = subject;

    public void Close(DateTimeOffset now) => ClosedAt ??= now;
}
