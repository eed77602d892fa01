using System.Text.Json;
using Mediator;
using Microsoft.Extensions.Logging;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Outbox;
using Pixyer.Domain.Outbox;

namespace Pixyer.Application.Features.Outbox.DeliverOutbox;

public sealed class DeliverOutboxCommandHandler(
    IOutboxClaimer claimer, IEmailSender email, TimeProvider clock, ILogger<DeliverOutboxCommandHandler> logger)
    : ICommandHandler<DeliverOutboxCommand, OutboxDeliveryReport>
{
    public async ValueTask<OutboxDeliveryReport> Handle(DeliverOutboxCommand command, CancellationToken cancellationToken)
    {
        var messages = await claimer.ClaimDueAsync(command.BatchSize, cancellationToken);
        int sent = 0, failed = 0;
        foreach (var message in messages)
        {
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
