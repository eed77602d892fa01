using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.Extensions.Time.Testing;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Behaviors;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Auditing;

namespace Pixyer.Application.UnitTests.Behaviors;

public sealed class AuditFailureBehaviorTests
{
    private readonly RecordingAuditTrail trail = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task Handle_WhenHandlerFaults_ShouldAuditFailedWithInternalTypeInItsOwnTransactionAndRethrow()
    {
        var actor = TestPipeline.SignedIn(Roles.Customer);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Behavior<AuthenticatedTestCommand>(actor).Handle(new AuthenticatedTestCommand(), Throwing<AuthenticatedTestCommand>(new InvalidOperationException("boom")), default).AsTask());

        var entry = Assert.Single(trail.OwnTransaction);
        Assert.Equal((AuditOutcome.Failed, "internal", "AuthenticatedTestCommand"), (entry.Outcome, entry.ProblemType, entry.RequestName));
        Assert.Equal(actor.AccountId!.Value.Value, entry.ActorId);
        Assert.Equal("corr-1", entry.CorrelationId);
        Assert.Equal(clock.GetUtcNow(), entry.OccurredAt);
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task Handle_WhenRequestRefused_ShouldAuditRefusedWithTheProblemType()
    {
        var refusal = new ValidationException([new ValidationFailure("Name", "required")]);

        await Assert.ThrowsAsync<ValidationException>(
            () => Behavior<AnonymousTestCommand>(TestPipeline.Anonymous()).Handle(new AnonymousTestCommand(), Throwing<AnonymousTestCommand>(refusal), default).AsTask());

        var entry = Assert.Single(trail.OwnTransaction);
        Assert.Equal((AuditOutcome.Refused, "validation"), (entry.Outcome, entry.ProblemType));
        Assert.Null(entry.ActorId);
        Assert.Equal("Anonymous", entry.ActorRole);
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task Handle_WhenAQueryOfOnesOwnFails_ShouldNotAudit()
    {
        await Assert.ThrowsAsync<ForbiddenException>(
            () => Behavior<StaffTestQuery>(TestPipeline.SignedIn(Roles.Customer))
                .Handle(new StaffTestQuery(), Throwing<StaffTestQuery>(new ForbiddenException()), default).AsTask());

        Assert.Empty(trail.OwnTransaction);
    }

    [Fact]
    public async Task Handle_WhenHandlerSucceeds_ShouldLeaveAuditToTheUnitOfWork()
    {
        var next = new TestPipeline.Next<AnonymousTestCommand>();

        var response = await Behavior<AnonymousTestCommand>(TestPipeline.Anonymous()).Handle(new AnonymousTestCommand(), next.Delegate, default);

        Assert.Equal(TestPipeline.HandlerResponse, response);
        Assert.Empty(trail.OwnTransaction);
    }

    private AuditFailureBehavior<TMessage, string> Behavior<TMessage>(ICurrentActor actor)
        where TMessage : notnull, IMessage =>
        new(trail, actor, new RequestContext { CorrelationId = "corr-1" }, clock);

    private static MessageHandlerDelegate<TMessage, string> Throwing<TMessage>(Exception exception)
        where TMessage : notnull, IMessage =>
        (_, _) => throw exception;

    private sealed class RecordingAuditTrail : IAuditTrail
    {
        public List<AuditRecord> OwnTransaction { get; } = [];

        public void Append(AuditRecord record) =>
            throw new InvalidOperationException("Refusals must not be appended inside the failed transaction.");

        public Task AppendInOwnTransactionAsync(AuditRecord record, CancellationToken cancellationToken)
        {
            OwnTransaction.Add(record);
            return Task.CompletedTask;
        }
    }
}
