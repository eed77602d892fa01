using System.Text.Json;
using Mediator;
using Microsoft.Extensions.Logging;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Outbox;

namespace Pixyer.Application.Features.Outbox.DeliverOutbox;

public sealed class DeliverOutboxCommandHandler(
    IOutboxClaimer claimer, IEmailSender email, ConsentLedger consents, TimeProvider clock, ILogger<DeliverOutboxCommandHandler> logger)
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

            try
            {
                await DeliverAsync(message, cancellationToken);
                message.MarkSent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
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

    private Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken) => message.Kind switch
    {
        OutboxKinds.Email => email.SendAsync(
            JsonSerializer.Deserialize<EmailMessage>(message.Payload)
                ?? throw new InvalidOperationException("Empty email payload."),
            message.Id,
            cancellationToken),
        _ => throw new NotSupportedException($"No delivery for outbox messages of kind '{message.Kind}'."),
    };
}
