using Mediator;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Behaviors;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Auditing;

namespace Pixyer.Application.UnitTests.Behaviors;

/// <summary>
/// The commit hooks: work that must follow the transaction's outcome (files, a failed login's record), run once the
/// transaction has ended ("end"), so that a hook never waits on the lock its own command holds.
/// </summary>
public sealed class UnitOfWorkBehaviorTests
{
    private readonly List<string> steps = [];
    private readonly CommitHooks hooks = new();

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Handle_WhenCommandCommits_ShouldRunCommittedHooksAfterTheCommitAndNoRolledBackOne()
    {
        var response = await Behavior(failCommit: false).Handle(new AuthenticatedTestCommand(), Registering(), default);

        Assert.Equal(TestPipeline.HandlerResponse, response);
        Assert.Equal(["handler", "audit", "save", "commit", "end", "committed hook"], steps);
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Handle_WhenHandlerFails_ShouldRunRolledBackHooksAndNoCommittedOne()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Behavior(failCommit: false).Handle(new AuthenticatedTestCommand(), Registering(fail: true), default).AsTask());

        Assert.Equal(["handler", "end", "rolled-back hook"], steps);
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Handle_WhenTheCommitItselfFails_ShouldRunNoHookSinceItsOutcomeIsUnknown()
    {
        await Assert.ThrowsAsync<TimeoutException>(
            () => Behavior(failCommit: true).Handle(new AuthenticatedTestCommand(), Registering(), default).AsTask());

        Assert.Equal(["handler", "audit", "save", "commit failed", "end"], steps);
    }

    [Fact]
    public async Task Handle_WhenCommandCommits_ShouldRunThePreCommitStepsInTheirOrderBeforeTheSave()
    {
        var behavior = new UnitOfWorkBehavior<AuthenticatedTestCommand, string>(
            new RecordingUnitOfWork(steps, failCommit: false),
            [new RecordingStep(steps, "first step"), new RecordingStep(steps, "second step")],
            TestPipeline.SignedIn(Roles.Customer),
            hooks,
            NullLogger<UnitOfWorkBehavior<AuthenticatedTestCommand, string>>.Instance);

        await behavior.Handle(new AuthenticatedTestCommand(), new TestPipeline.Next<AuthenticatedTestCommand>().Delegate, default);

        Assert.Equal(["first step", "second step", "save", "commit", "end"], steps);
    }

    [Fact]
    public async Task Handle_WhenCommandDeclaresNoTransaction_ShouldRunItWithNeitherTransactionNorAuditEntry()
    {
        var behavior = new UnitOfWorkBehavior<NoTransactionTestCommand, string>(
            new RecordingUnitOfWork(steps, failCommit: false),
            [AuditStep()],
            TestPipeline.SystemActor(),
            hooks,
            NullLogger<UnitOfWorkBehavior<NoTransactionTestCommand, string>>.Instance);
        var next = new TestPipeline.Next<NoTransactionTestCommand>();

        var response = await behavior.Handle(new NoTransactionTestCommand(), next.Delegate, default);

        Assert.Equal((TestPipeline.HandlerResponse, 1), (response, next.Calls));
        Assert.Empty(steps);
    }

    [Fact]
    public async Task Handle_WhenAHookFails_ShouldRunTheOthersAndAnswerTheCommittedResponse()
    {
        MessageHandlerDelegate<AuthenticatedTestCommand, string> next = (_, _) =>
        {
            hooks.OnCommitted(_ => throw new IOException("disk gone"));
            hooks.OnCommitted(_ => Step("second hook"));
            return new ValueTask<string>(TestPipeline.HandlerResponse);
        };

        var response = await Behavior(failCommit: false).Handle(new AuthenticatedTestCommand(), next, default);

        Assert.Equal(TestPipeline.HandlerResponse, response);
        Assert.Contains("second hook", steps);
    }

    [Fact]
    public async Task Handle_WhenAnEarlierCommandOfTheScopeFailed_ShouldNotRunItsHooksWithTheNextOne()
    {
        var behavior = Behavior(failCommit: false);
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => behavior.Handle(new AuthenticatedTestCommand(), Registering(fail: true), default).AsTask());
        steps.Clear();

        await behavior.Handle(new AuthenticatedTestCommand(), new TestPipeline.Next<AuthenticatedTestCommand>().Delegate, default);

        Assert.DoesNotContain(steps, s => s.EndsWith("hook", StringComparison.Ordinal));
    }

    private UnitOfWorkBehavior<AuthenticatedTestCommand, string> Behavior(bool failCommit) =>
        new(
            new RecordingUnitOfWork(steps, failCommit),
            [AuditStep()],
            TestPipeline.SignedIn(Roles.Customer),
            hooks,
            NullLogger<UnitOfWorkBehavior<AuthenticatedTestCommand, string>>.Instance);

    private AuditEntryStep AuditStep() =>
        new(new RecordingAuditTrail(steps), TestPipeline.SignedIn(Roles.Customer), new RequestContext { CorrelationId = "corr-1" }, new FakeTimeProvider());

    /// <summary>A handler that asks for one hook of each kind, and then fails or answers.</summary>
    private MessageHandlerDelegate<AuthenticatedTestCommand, string> Registering(bool fail = false) => (_, _) =>
    {
        steps.Add("handler");
        hooks.OnCommitted(_ => Step("committed hook"));
        hooks.OnRolledBack(_ => Step("rolled-back hook"));
        return fail
            ? throw new InvalidOperationException("handler failed")
            : new ValueTask<string>(TestPipeline.HandlerResponse);
    };

    private Task Step(string name)
    {
        steps.Add(name);
        return Task.CompletedTask;
    }

    private sealed class RecordingUnitOfWork(List<string> steps, bool failCommit) : IUnitOfWork, IAsyncDisposable
    {
        public Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable>(this);

        public Task SaveChangesAsync(CancellationToken cancellationToken)
        {
            steps.Add("save");
            return Task.CompletedTask;
        }

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            steps.Add(failCommit ? "commit failed" : "commit");
            return failCommit ? throw new TimeoutException("connection lost during commit") : Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            steps.Add("end");
            return ValueTask.CompletedTask;
        }
    }

    private sealed class RecordingStep(List<string> steps, string name) : IPreCommitStep
    {
        public void BeforeCommit<TMessage, TResponse>(TMessage message, TResponse response)
            where TMessage : notnull, IMessage => steps.Add(name);
    }

    private sealed class RecordingAuditTrail(List<string> steps) : IAuditTrail
    {
        public void Append(AuditRecord record) => steps.Add("audit");

        public Task AppendInOwnTransactionAsync(AuditRecord record, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Not expected here.");
    }
}
