using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.RightsRequests;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Exports.CompleteExport;

public sealed class CompleteExportCommandHandler(
    IAppDbContext db, IFileStore files, CommitHooks hooks, IOutbox outbox, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<CompleteExportCommand, ExportStep>
{
    public async ValueTask<ExportStep> Handle(CompleteExportCommand command, CancellationToken cancellationToken)
    {
        hooks.DeleteIfRolledBack(files, command.ArchiveKey);
        var export = await db.HeldAsync(command.ExportId, command.Attempt, cancellationToken);
        var now = clock.GetUtcNow();
        export.Complete(command.ArchiveKey, command.Length, now);
        await db.CloseRightsRequestAsync(RightsRequestId.Tracking(export.Id), now, cancellationToken);
        var account = await db.Accounts.AsNoTracking()
            .Where(a => a.Id == export.SubjectId)
            .Select(a => new { a.Username, a.Email })
            .SingleAsync(cancellationToken);
        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}{ExportLinks.Download(export.Id.Value)}";
        outbox.EnqueueEmail(
            new EmailMessage(
                account.Email,
                "Your Pixyer data export is ready",
                $"""
                 Hello {account.Username},

                 the copy of your Pixyer data you asked for is ready. Sign in and download it here until {export.ExpiresAt:u}:

                 {link}

                 After that date the archive is deleted; you can ask for a new one at any time.
                 The archive's README.txt explains each file in it.
                 """),
            export.SubjectId.Value);
        return ExportStep.Of(export);
    }
}
