using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Outbox.DeliverOutbox;

/// <summary>Obligation U8: the delivery job sends due outbox messages, each exactly once, retrying failures with backoff.</summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.OperationalEmail, LegalBasis.Contract, DataCategory.Contact)]
public sealed record DeliverOutboxCommand(int BatchSize = DeliverOutboxCommand.DefaultBatchSize) : ICommand<OutboxDeliveryReport>
{
    public const int DefaultBatchSize = 50;
}

public sealed record OutboxDeliveryReport(int Sent, int Failed);
