using Mediator;
using Microsoft.Extensions.Logging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Common.Behaviors;

/// <summary>
/// Innermost: one transaction holds the handler's changes, its outbox rows and what the <see cref="IPreCommitStep"/>s
/// add before the commit (its idempotency record and its audit entry); any failure rolls all of them back. Every
/// audited request runs in one, as its audit entry commits with its changes; a query that is not audited only reads,
/// and a <see cref="NoTransactionAttribute"/> command commits through commands of its own. Then, once the transaction
/// has ended, the command's <see cref="CommitHooks"/> run: its committed hooks after a commit, its rolled-back hooks
/// when it failed before committing. When the commit itself fails, whether it took effect is unknown, so neither kind
/// runs: a file may be orphaned, but none is deleted under a row that survived.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(
    IUnitOfWork unitOfWork,
    IEnumerable<IPreCommitStep> steps,
    ICurrentActor actor,
    CommitHooks hooks,
    ILogger<UnitOfWorkBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // Not audited: a query that only reads, or a [NoTransaction] command (AuditSubject.IsAudited leaves those out).
        if (!AuditSubject.IsAudited(message, actor))
        {
            return await next(message, cancellationToken);
        }

        var transaction = await unitOfWork.BeginAsync(cancellationToken);
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
            foreach (var step in steps)
            {
                step.BeforeCommit(message, response);
            }

            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (Exception)
        {
            // Rolled back and the writer let go first: a rolled-back hook may write (a failed login's record).
            await transaction.DisposeAsync();
            await RunAsync(hooks.Take(commitSucceeded: false), "rolled-back");
            throw;
        }

        await using (transaction)
        {
            try
            {
                await unitOfWork.CommitAsync(cancellationToken);
            }
            catch (Exception)
            {
                hooks.Forget();
                throw;
            }
        }

        await RunAsync(hooks.Take(commitSucceeded: true), "committed");
        return response;
    }

    /// <summary>
    /// Every hook runs even when one fails: the command's outcome is settled, so a failed hook is logged (it can
    /// leave an orphan file, which the owner's erasure still removes) rather than reported as the command's failure.
    /// </summary>
    private async Task RunAsync(IReadOnlyList<Func<CancellationToken, Task>> actions, string outcome)
    {
        foreach (var action in actions)
        {
            try
            {
                await action(CancellationToken.None);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A {Outcome} hook of {Request} failed", outcome, RequestDescriptor<TMessage>.Name);
            }
        }
    }
}
