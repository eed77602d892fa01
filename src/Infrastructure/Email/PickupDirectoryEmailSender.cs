using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Email;

namespace Pixyer.Infrastructure.Email;

/// <summary>
/// The default mail transport: each message becomes an .eml file in the data folder's mail pickup directory,
/// which a local MTA (or a person) can pick up. Written to a temporary name and renamed, so a reader never
/// sees half a message.
/// </summary>
internal sealed class PickupDirectoryEmailSender(IOptions<InfrastructureOptions> options, PickupFolderMail folder) : IEmailSender
{
    /// <summary>The folder is on this machine: nothing is disclosed until a local MTA or a person takes it further.</summary>
    public string? RecipientKey => null;

    public async Task SendAsync(EmailMessage message, Guid messageId, Guid? subjectId, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder.Folder);
        var mime = MimeMessages.Create(message, options.Value.Mail.From, messageId);
        var name = folder.NameFor(messageId, subjectId);
        var temporary = Path.Combine(folder.Folder, name + ".tmp");
        await mime.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(folder.Folder, name + ".eml"));
    }
}
