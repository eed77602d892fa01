using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Rights;

/// <summary>
/// A guardian's request to delete a minor's data (obligation A2). Anyone may file one, naming the minor's account by
/// email or username; whether such an account exists is looked at only when staff verify the request, so filing one
/// never tells whether it does. Approval opens the account's deletion under the same id, whose
/// <see cref="RightsRequest"/> carries the deadline.
/// <para>
/// Retention: what names the minor (<see cref="MinorIdentifier"/>, <see cref="Statement"/>) goes as soon as it is no
/// longer needed: at rejection, or with the minor's erasure once approved (the <c>guardian-requests</c> source). The
/// rest (the guardian's contact, the relationship, the decision and its dates) is kept as the proof that the request
/// was handled, for <see cref="RetentionPeriod"/> after the decision, then purged.
/// </para>
/// </summary>
public sealed class GuardianRequest
{
    public const int NameMaxLength = 200;
    public const int IdentifierMaxLength = 254;
    public const int StatementMaxLength = 4000;
    public const int ReasonMaxLength = 1000;

    /// <summary>
    /// Three years after the decision: the general limitation period for civil claims (PRC Civil Code art. 188), within
    /// which the guardian or the minor may still dispute how the request was handled.
    /// </summary>
    public static readonly TimeSpan RetentionPeriod = TimeSpan.FromDays(3 * 365);

    private GuardianRequest()
    {
    }

    /// <summary>Shared with the <see cref="RightsRequest"/> and, once approved, the <see cref="DeletionRequest"/>.</summary>
    public GuardianRequestId Id { get; private set; }

    [PersonalData]
    public string GuardianName { get; private set; } = "";

    [PersonalData]
    public string GuardianEmail { get; private set; } = "";

    /// <summary>The minor's account email or username as the guardian gave it; null once redacted.</summary>
    [PersonalData]
    public string? MinorIdentifier { get; private set; }

    public GuardianRelationship Relationship { get; private set; }

    /// <summary>The guardian's free text; it describes the minor, so it goes with <see cref="MinorIdentifier"/>.</summary>
    [PersonalData]
    public string? Statement { get; private set; }

    public GuardianRequestStatus Status { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The minor's account, from approval until the minor's erasure (which unlinks it).</summary>
    public AccountId? SubjectId { get; private set; }

    public AccountId? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Staff's reason, mailed to the guardian.</summary>
    [PersonalData]
    public string? RejectionReason { get; private set; }

    public static GuardianRequest Receive(
        string guardianName, string guardianEmail, string minorIdentifier, GuardianRelationship relationship, string statement, DateTimeOffset now) =>
        new()
        {
            Id = GuardianRequestId.New(),
            GuardianName = guardianName.Trim(),
            GuardianEmail = guardianEmail.Trim(),
            MinorIdentifier = minorIdentifier.Trim(),
            Relationship = relationship,
            Statement = statement.Trim(),
            Status = GuardianRequestStatus.Received,
            ReceivedAt = now,
        };

    public void Approve(AccountId subject, AccountId staff, DateTimeOffset now)
    {
        Decide(GuardianRequestStatus.Approved, staff, now);
        SubjectId = subject;
    }

    /// <summary>Rejected: nothing more is done about the minor, so what names them is redacted at once.</summary>
    public void Reject(string reason, AccountId staff, DateTimeOffset now)
    {
        Decide(GuardianRequestStatus.Rejected, staff, now);
        RejectionReason = reason.Trim();
        MinorIdentifier = null;
        Statement = null;
    }

    private void Decide(GuardianRequestStatus status, AccountId staff, DateTimeOffset now)
    {
        if (Status != GuardianRequestStatus.Received)
        {
            throw new InvalidOperationException("The request was already decided.");
        }

        Status = status;
        DecidedBy = staff;
        DecidedAt = now;
    }
}
