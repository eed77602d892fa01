using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.Email;

/// <summary>
/// Mail delivered about a person that is still on this machine (the pickup folder, until an MTA or a person takes it):
/// the address, the name and maybe a live token, in plain text. The person's erasure deletes it.
/// </summary>
public interface IDeliveredMail
{
    Task<int> CountAsync(AccountId subject, CancellationToken cancellationToken);

    /// <summary>Deletes every delivered mail about the subjects; returns how many went.</summary>
    Task<int> DeleteAllAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken);
}
