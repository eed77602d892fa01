using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// What a feature stops the moment an account's deletion is opened (G2), in the deletion request's transaction, before
/// the erasure job erases it: work that must not go on for a closed account (a subscription that would renew) and calls
/// to the outside that must leave while the person can still be named in the disclosure register (the payment
/// gateway's customer). The erasure waits until what a step queued for the subject has been sent.
/// </summary>
public interface IAccountClosureStep
{
    Task CloseAsync(AccountId account, CancellationToken cancellationToken);
}
