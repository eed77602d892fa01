using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Consents;

/// <summary>
/// One grant or withdrawal in the append-only consent ledger (obligations G4, K2, K4). The current state of a
/// purpose is its latest event; nothing is ever updated. An event belongs to an account, to an anonymous
/// visitor (cookie banner), or to both when a visitor's choice was carried into the account. An event with a
/// <see cref="Scope"/> concerns one item only (D1: the public disclosure of one asset) and never counts for the
/// purpose as a whole.
/// </summary>
public sealed class ConsentEvent
{
    public const int ScopeMaxLength = 100;

    private ConsentEvent()
    {
    }

    public long Id { get; private set; }

    public AccountId? SubjectId { get; private set; }

    /// <summary>The anonymous visitor id (a random cookie value) the choice was made under, if any.</summary>
    public Guid? VisitorId { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    public bool Granted { get; private set; }

    /// <summary>The one item the choice concerns, e.g. <c>asset:{id}</c>; null for the purpose as a whole.</summary>
    public string? Scope { get; private set; }

    /// <summary>The privacy policy version in force when the choice was made.</summary>
    public string PolicyVersion { get; private set; } = "";

    public ConsentChannel Channel { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The client's network (truncated address), as evidence of the choice.</summary>
    [PersonalData]
    public string ClientNetwork { get; private set; } = "";

    public static ConsentEvent Record(
        AccountId? subjectId,
        Guid? visitorId,
        ConsentPurpose purpose,
        bool granted,
        string policyVersion,
        ConsentChannel channel,
        string? clientIp,
        DateTimeOffset now,
        string? scope = null)
    {
        if (subjectId is null && visitorId is null)
        {
            throw new ArgumentException("A consent event belongs to an account or a visitor.");
        }

        if (scope is not null && (subjectId is null || scope.Length is 0 or > ScopeMaxLength))
        {
            throw new ArgumentException("A consent to one item belongs to an account and names the item.", nameof(scope));
        }

        return new ConsentEvent
        {
            SubjectId = subjectId,
            VisitorId = visitorId,
            Purpose = purpose,
            Granted = granted,
            Scope = scope,
            PolicyVersion = policyVersion,
            Channel = channel,
            ClientNetwork = IpTruncation.Truncate(clientIp ?? "unknown"),
            OccurredAt = now,
        };
    }
}
