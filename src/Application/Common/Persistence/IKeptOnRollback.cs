namespace Pixyer.Application.Common.Persistence;

/// <summary>
/// Rows a failed command must still record: a declined charge and the disclosure of the card it was sent with happened
/// at the gateway whatever the command's outcome. When the command's transaction rolls back, they are written in a
/// transaction of their own (a rolled-back hook, <see cref="CommitHooks"/>); when it commits, they are already in it.
/// </summary>
public interface IKeptOnRollback
{
    /// <summary><paramref name="rows"/> are entities already added to the unit of work.</summary>
    void Keep(params object[] rows);
}
