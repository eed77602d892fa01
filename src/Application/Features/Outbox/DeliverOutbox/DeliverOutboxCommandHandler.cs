using System.Text.Json;
using Mediator;
using Microsoft.Extensions.Logging;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Disclosures;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Payments;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Outbox;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Outbox.DeliverOutbox;

public sealed class DeliverOutboxCommandHandler(
    IOutboxClaimer claimer,
    IEmailSender email,
    ICheckpointWitness witness,
    IPaymentGateway gateway,
    ConsentLedger consents,
    IDisclosureRegister disclosures,
    IAppDbContext db,
    TimeProvider clock,
    ILogger<DeliverOutboxCommandHandler> logger)
    : ICommandHandler<DeliverOutboxCommand, OutboxDeliveryReport>
{
    public async ValueTask<OutboxDeliveryReport> Handle(DeliverOutboxCommand command, CancellationToken cancellationToken)
    {
        var messages = await claimer.ClaimDueAsync(command.BatchSize, cancellationToken);
        int sent = 0, failed = 0;
        foreach (var message in messages)
        {
            if (!await ConsentStillStandsAsync(message, cancellationToken))
            {
                message.Cancel(clock.GetUtcNow());
                continue;
            }

            Disclosure? disclosure = null;
            try
            {
                // Registered first: a refusal (e.g. the platform is not a registered recipient) keeps the mail in.
                disclosure = await DiscloseAsync(message, cancellationToken);
                await DeliverAsync(message, cancellationToken);
                message.MarkSent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The mail did not go out: its disclosure entry goes too; the retry records its own.
                if (disclosure is not null)
                {
                    db.Disclosures.Remove(disclosure);
                }

                // Recorded on the row (type only: a message may quote an address) and retried with backoff.
                message.MarkAttemptFailed(exception.GetType().Name, clock.GetUtcNow());
                logger.LogWarning(
                    "Outbox message {MessageId} failed on attempt {Attempt}: {ErrorType}",
                    message.Id,
                    message.Attempts,
                    exception.GetType().Name);
                failed++;
            }
        }

        return new OutboxDeliveryReport(sent, failed);
    }

    /// <summary>Withdrawal cancels queued messages; this check also covers one withdrawn while the batch was claimed.</summary>
    private async Task<bool> ConsentStillStandsAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        message is not { ConsentPurpose: { } purpose, SubjectId: { } subject }
        || await consents.IsGrantedAsync(new ConsentSubject(new AccountId(subject), null), purpose, cancellationToken);

    /// <summary>
    /// A mail to a person handed to an external email platform discloses their address and the message to it (S1);
    /// the pickup folder keeps it on this machine. Marketing rests on the consent just checked, the rest on the contract.
    /// </summary>
    private async Task<Disclosure?> DiscloseAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        (message.Kind, email.RecipientKey, message.SubjectId) is (OutboxKinds.Email, { } recipient, { } subject)
            ? await disclosures.RecordAsync(
                new AccountId(subject),
                recipient,
                message.ConsentPurpose is null ? ProcessingPurpose.OperationalEmail : ProcessingPurpose.Marketing,
                message.ConsentPurpose is null ? LegalBasis.Contract : LegalBasis.Consent,
                [DataCategory.Contact],
                message.Id.ToString(),
                cancellationToken)
            : null;

    private Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken) => message.Kind switch
    {
        OutboxKinds.Email => email.SendAsync(
            JsonSerializer.Deserialize<EmailMessage>(message.Payload)
                ?? throw new InvalidOperationException("Empty email payload."),
            message.Id.Value,
            message.SubjectId,
            cancellationToken),
        OutboxKinds.AuditCheckpoint => witness.SendAsync(
            JsonSerializer.Deserialize<WitnessedCheckpoint>(message.Payload)
                ?? throw new InvalidOperationException("Empty checkpoint payload."),
            cancellationToken),
        OutboxKinds.GatewayCustomerDeletion => gateway.DeleteCustomerAsync(message.Payload, cancellationToken),
        _ => throw new NotSupportedException($"No delivery for outbox messages of kind '{message.Kind}'."),
    };
}
