using Mediator;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Deidentification;

namespace Pixyer.Application.Features.DeidentifiedExports.CreateDeidentifiedExport;

/// <summary>
/// Reads every included account once (<see cref="AccountProfiles"/>), keeping a small pseudonymous row each (the
/// generalisation has to see all of them before the first line can be written), chooses the generalisation on the
/// histogram of their quasi-identifiers (<see cref="KAnonymizer"/>), and streams the kept rows into the file store,
/// under an owner that is no account. If the command then fails, the file is deleted again.
/// </summary>
public sealed class CreateDeidentifiedExportCommandHandler(
    IAppDbContext db,
    IFileStore files,
    CommitHooks hooks,
    ICurrentActor actor,
    IOptions<PixyerOptions> options,
    TimeProvider clock)
    : ICommandHandler<CreateDeidentifiedExportCommand, DeidentifiedExportDto>
{
    public const string FileCategory = "deidentified";

    public async ValueTask<DeidentifiedExportDto> Handle(CreateDeidentifiedExportCommand command, CancellationToken cancellationToken)
    {
        var settings = options.Value.Deidentification;
        var k = command.K ?? Math.Max(settings.MinimumK, DeidentifiedExport.MinimumK);
        var format = WireNames.Parse<DatasetFormat>(command.Format);
        var now = clock.GetUtcNow();

        var rows = await PseudonymousRow.ReadAsync(db.StreamAccountProfiles(), DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        var histogram = rows.CountBy(r => r.QuasiIdentifiers).ToDictionary();
        var anonymity = KAnonymizer.Anonymize(histogram, k, settings.MaxSuppressedPercent / 100);

        StoredFile stored;
        await using (var content = DatasetFile.Open(format, DatasetRow.Of(rows, anonymity)))
        {
            stored = await files.SaveAsync(DeidentifiedExport.FileOwner, FileCategory, content, cancellationToken);
        }

        hooks.DeleteIfRolledBack(files, stored.Key);
        var export = DeidentifiedExport.Record(
            format, command.Purpose, k, anonymity, stored.Key, stored.Length, stored.Sha256, actor.RequiredAccountId, now);
        db.DeidentifiedExports.Add(export);
        return DeidentifiedExportDto.Of(export);
    }
}
