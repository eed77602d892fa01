using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.LegalHolds;

/// <summary>
/// A legal hold on a subject (obligation G6): while it is active, the subject's data is neither erased nor
/// anonymized. Holds are never edited away: lifting one records who lifted it, when and why, so the history stays.
/// At most one hold per subject is active (a unique index on the active rows enforces it).
/// </summary>
public sealed class LegalHold
{
    public const int ReasonMaxLength = 1000;

    private LegalHold()
    {
    }

    public LegalHoldId Id { get; private set; }

    public AccountId SubjectId { get; private set; }

    /// <summary>Free text from staff; it may well name the person or their case, hence personal data.</summary>
    [PersonalData]
    public string Reason { get; private set; } = "";

    public AccountId PlacedBy { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public AccountId? LiftedBy { get; private set; }

    public DateTimeOffset? LiftedAt { get; private set; }

    [PersonalData]
    public string? LiftReason { get; private set; }

    public bool IsActive => LiftedAt is null;

    public static LegalHold Place(AccountId subject, string reason, AccountId placedBy, DateTimeOffset now) =>
        new()
        {
            Id = LegalHoldId.New(),
            SubjectId = subject,
            Reason = reason.Trim(),
            PlacedBy = placedBy,
            PlacedAt = now,
        };

    public void Lift(string reason, AccountId liftedBy, DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw new InvalidOperationException("The hold was already lifted.");
        }

        LiftReason = reason.Trim();
        LiftedBy = liftedBy;
        LiftedAt = now;
    }
}
