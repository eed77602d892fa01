using Microsoft.Extensions.Logging;

namespace Pixyer.Application.Common.Persistence;

/// <summary>
/// Work outside the database that must follow the outcome of the command's transaction, such as the file store:
/// a file a command wrote is removed if its transaction rolls back, and a file whose row the command deleted is
/// removed only once that deletion has committed. So a failed command leaves no file behind, and no file is deleted
/// while its row survives. The unit-of-work behavior runs them; a commit that fails midway runs neither list (its
/// outcome is unknown), which at worst leaves a file no row names.
/// </summary>
public sealed class TransactionCallbacks(ILogger<TransactionCallbacks> logger)
{
    private readonly List<Func<CancellationToken, Task>> onCommitted = [];
    private readonly List<Func<CancellationToken, Task>> onRolledBack = [];

    public void OnCommitted(Func<CancellationToken, Task> callback) => onCommitted.Add(callback);

    public void OnRolledBack(Func<CancellationToken, Task> callback) => onRolledBack.Add(callback);

    internal Task RunCommittedAsync() => RunAsync(onCommitted, "committed");

    internal Task RunRolledBackAsync() => RunAsync(onRolledBack, "rolled back");

    /// <summary>
    /// Every callback runs even if one fails: the command's outcome is settled, so a failure here is logged (it can
    /// only leave a file that no row names) rather than turned into the command's failure.
    /// </summary>
    private async Task RunAsync(List<Func<CancellationToken, Task>> callbacks, string outcome)
    {
        var pending = callbacks.ToList();
        onCommitted.Clear();
        onRolledBack.Clear();
        foreach (var callback in pending)
        {
            try
            {
                await callback(CancellationToken.None);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A callback after the transaction {Outcome} failed", outcome);
            }
        }
    }
}
