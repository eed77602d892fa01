using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.Email;

/// <summary>
/// The mail delivered about the person that stayed on this machine. Its export only counts the mails (their text is
/// what the person received); its erasure deletes them once the erasure has committed, the one with the deletion token
/// included, which the erasure job waits to deliver before it erases.
/// </summary>
public sealed class DeliveredMailPersonalData(IDeliveredMail mail, CommitHooks hooks) : IPersonalDataSource
{
    public string Category => "delivered-mail";

    public IReadOnlyList<string> Obligations => ["G2"];

    public IReadOnlyList<Type> EntityTypes => [];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken) =>
        await writer.WriteRecordAsync(Category, new { DeliveredMails = await mail.CountAsync(subject, cancellationToken) }, cancellationToken);

    public Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken)
    {
        var erased = subjects.ToArray();
        hooks.OnCommitted(token => mail.DeleteAllAsync(erased, token));
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(Category, ("DeliveredMail", await mail.CountAsync(subject, cancellationToken)));
}
