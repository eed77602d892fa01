using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;

namespace Pixyer.Infrastructure.Email;

/// <summary>
/// The mail pickup folder's files: <c>{message id}.{subject tag}.{random}.eml</c>, where the tag is a keyed hash of the
/// person the mail is about (a name never reveals whose mail it is), so that their erasure finds every one of them.
/// </summary>
internal sealed class PickupFolderMail(IOptions<InfrastructureOptions> options, IKeyedHasher hasher) : IDeliveredMail
{
    public const string FolderName = "mail";
    private const string NoSubject = "none";

    public string Folder => options.Value.DataPath(FolderName);

    /// <summary>One name per delivery: a message delivered twice shows as two files.</summary>
    public string NameFor(Guid messageId, Guid? subjectId) =>
        $"{messageId:N}.{(subjectId is { } subject ? Tag(new AccountId(subject)) : NoSubject)}.{Guid.NewGuid():N}";

    public Task<int> CountAsync(AccountId subject, CancellationToken cancellationToken) => Task.FromResult(FilesOf(subject).Length);

    /// <summary>
    /// One listing of the folder for the whole batch, and no hash at all when it is empty (a retention batch of 20,000
    /// people otherwise listed it 20,000 times).
    /// </summary>
    public Task<int> DeleteAllAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken)
    {
        var files = Directory.Exists(Folder) ? Directory.GetFiles(Folder) : [];
        if (files.Length == 0)
        {
            return Task.FromResult(0);
        }

        var tags = subjects.Select(Tag).ToHashSet(StringComparer.Ordinal);
        var theirs = files.Where(file => Path.GetFileName(file).Split('.') is [_, var tag, ..] && tags.Contains(tag)).ToList();
        theirs.ForEach(File.Delete);
        return Task.FromResult(theirs.Count);
    }

    private string[] FilesOf(AccountId subject) =>
        Directory.Exists(Folder) ? Directory.GetFiles(Folder, $"*.{Tag(subject)}.*") : [];

    private string Tag(AccountId subject) => hasher.Hash($"mail-subject:{subject.Value:N}")[..32];
}
