using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using Pixyer.Domain.Outbox;

namespace Pixyer.Domain.BusinessTransfers;

/// <summary>
/// One account a business transfer moves, and how far the transfer has gone for it: whether its notice was queued
/// (<see cref="NoticeId"/>, the outbox message) or could not be (no verified address, or erased since), and whether the
/// changed consents were suspended. Each step happens once per subject, whatever is retried.
/// </summary>
[RetainedAfterErasure("business-transfers", "The record that a person was told their data passed to a new holder (T1); ids only.")]
public sealed class BusinessTransferSubject
{
    private BusinessTransferSubject()
    {
    }

    public BusinessTransferId TransferId { get; private set; }

    public AccountId SubjectId { get; private set; }

    /// <summary>When the notice was queued or found impossible; null: still to do.</summary>
    public DateTimeOffset? NotifiedAt { get; private set; }

    /// <summary>The queued notice; null after <see cref="NotifiedAt"/>: the subject had no verified address to mail.</summary>
    public OutboxMessageId? NoticeId { get; private set; }

    /// <summary>When the subject's grants for the changed purposes were suspended (the transfer took effect for them).</summary>
    public DateTimeOffset? TookEffectAt { get; private set; }

    public void Notified(OutboxMessageId? notice, DateTimeOffset now)
    {
        if (NotifiedAt is not null)
        {
            throw new InvalidOperationException("The subject was already notified of this transfer.");
        }

        NoticeId = notice;
        NotifiedAt = now;
    }

    public void TookEffect(DateTimeOffset now) => TookEffectAt ??= now;

    internal static BusinessTransferSubject Of(BusinessTransferId transfer, AccountId subject) =>
        new() { TransferId = transfer, SubjectId = subject };
}
