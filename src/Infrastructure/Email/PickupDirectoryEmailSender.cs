using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Email;

namespace Pixyer.Infrastructure.Email;

/// <summary>
/// The default mail transport: each message becomes an .eml file in the data folder's mail pickup directory,
/// which a local MTA (or a person) can pick up. Written to a temporary name and renamed, so a reader never
/// sees half a message.
/// </summary>
internal sealed class PickupDirectoryEmailSender(IOptions<InfrastructureOptions> options) : IEmailSender
{
    public const string FolderName = "mail";

    /// <summary>The folder is on this machine: nothing is disclosed until a local MTA or a person takes it further.</summary>
    public string? RecipientKey => null;

    public async Task SendAsync(EmailMessage message, Guid messageId, CancellationToken cancellationToken)
    {
        var folder = options.Value.DataPath(FolderName);
        Directory.CreateDirectory(folder);
        var mime = MimeMessages.Create(message, options.Value.Mail.From, messageId);
        // One file per delivery: a message delivered twice would show as two files.
        var name = $"{messageId:N}.{Guid.NewGuid():N}";
        var temporary = Path.Combine(folder, name + ".tmp");
        await mime.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(folder, name + ".eml"));
    }
}
