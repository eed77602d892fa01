namespace Pixyer.Application.Common.Persistence;

/// <summary>
/// Work outside the database that must follow the command's transaction: files written before the rows that name
/// them are deleted if the transaction rolls back, and files whose rows a command deleted are deleted only once
/// that commit succeeded, so that no row ever names a missing file; what a failed command must still record (a
/// failed login's count) is written by a rolled-back hook in a transaction of its own. The unit-of-work behavior
/// runs the hooks of the one command in the scope once its transaction has ended; a hook that fails is logged and
/// leaves at worst an orphan file, never a broken row.
/// </summary>
public sealed class CommitHooks
{
    private readonly List<Func<CancellationToken, Task>> committed = [];
    private readonly List<Func<CancellationToken, Task>> rolledBack = [];

    public void OnCommitted(Func<CancellationToken, Task> action) => committed.Add(action);

    public void OnRolledBack(Func<CancellationToken, Task> action) => rolledBack.Add(action);

    /// <summary>Takes the hooks of the outcome that happened, and forgets the others.</summary>
    internal IReadOnlyList<Func<CancellationToken, Task>> Take(bool commitSucceeded)
    {
        var taken = (commitSucceeded ? committed : rolledBack).ToList();
        Forget();
        return taken;
    }

    /// <summary>Drops every hook, for an outcome that is not known.</summary>
    internal void Forget()
    {
        committed.Clear();
        rolledBack.Clear();
    }
}
