using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Common.Files;

/// <summary>How stored files follow the transaction of the rows that name them (see <see cref="CommitHooks"/>).</summary>
public static class FileCommitHooks
{
    /// <summary>
    /// A file written before the row that names it goes again if that row does not commit: a failed command leaves
    /// no file behind.
    /// </summary>
    public static void DeleteIfRolledBack(this CommitHooks hooks, IFileStore files, string key) =>
        hooks.OnRolledBack(token => files.DeleteAsync(key, token));

    /// <summary>
    /// Files whose rows the command deletes go once that deletion has committed: never a row without its file. A
    /// crash in between leaves files no row names, in the owner's group of the store, which the owner's erasure removes.
    /// </summary>
    public static void DeleteWhenCommitted(this CommitHooks hooks, IFileStore files, params string[] keys) =>
        hooks.OnCommitted(async token =>
        {
            foreach (var key in keys)
            {
                await files.DeleteAsync(key, token);
            }
        });
}
