using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Outbox;
using Pixyer.Domain.Auditing;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.Auditing;

/// <summary>
/// Sends the newest checkpoint to the configured witnesses (HTTP endpoints, mailboxes) when the last one they got is
/// <see cref="AuditOptions.WitnessOptions.Interval"/> old: outbox rows in the sequencer's transaction, delivered by the
/// outbox job. A witness that keeps what it got can later show that the log was cut short or rewritten.
/// </summary>
internal sealed class CheckpointWitnesses(IOptions<InfrastructureOptions> options, IOutbox outbox, TimeProvider clock)
{
    public async Task SendIfDueAsync(PixyerDbContext db, AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var witnesses = options.Value.Audit.Witnesses;
        if (!witnesses.Any)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (await db.AuditCheckpoints.MaxAsync(c => c.WitnessedAt, cancellationToken) is { } last && now - last < witnesses.Interval)
        {
            return;
        }

        checkpoint.MarkWitnessed(now);
        var text = checkpoint.Statement.Text;
        var signature = Convert.ToBase64String(checkpoint.Signature);
        foreach (var url in witnesses.Urls)
        {
            outbox.EnqueueCheckpoint(new WitnessedCheckpoint(url, checkpoint.TreeSize, text, checkpoint.KeyId, signature));
        }

        foreach (var address in witnesses.MailTo)
        {
            outbox.EnqueueEmail(
                new EmailMessage(
                    address,
                    $"Pixyer audit log checkpoint: {checkpoint.TreeSize} entries",
                    "Keep this mail. It holds a signed checkpoint of Pixyer's audit log; if the log is ever cut short or "
                    + "rewritten, it will no longer match this checkpoint (docs/audit-log.md says how to check).\n\n"
                    + text
                    + $"\nkey {checkpoint.KeyId}\nsignature {signature}\n"),
                null);
        }
    }
}
