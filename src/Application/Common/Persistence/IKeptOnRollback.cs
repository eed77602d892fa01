namespace Pixyer.Application.Common.Persistence;

/// <summary>
/// Rows a failed command must still record: a declined charge and the disclosure of the card it was sent with happened
/// at the gateway whatever the command's outcome; a failed login counts towards the lockout. When the command's
/// transaction rolls back, they are written in a transaction of their own (a rolled-back hook, <see cref="CommitHooks"/>).
/// </summary>
public interface IKeptOnRollback
{
    /// <summary>
    /// <paramref name="rows"/> are entities the command also added to its unit of work, when a commit must keep them
    /// too; a row only a failure records (a failed login) is not.
    /// </summary>
    void Keep(params object[] rows);
}
