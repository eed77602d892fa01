using System.IO.Compression;
using System.IO.Pipelines;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Features.Exports.Archive;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports.BuildExportArchive;

/// <summary>
/// The ZIP is written into a pipe that the file store reads as it is written: memory stays flat however large the
/// export, as only the pipe's window and the current entry's buffers are held. Every registered personal-data source
/// writes its part, in category order; the manifest and the README come last, when the counts are known. A failed
/// write leaves no archive (the store writes atomically).
/// </summary>
public sealed class BuildExportArchiveCommandHandler(
    IAppDbContext db, IEnumerable<IPersonalDataSource> sources, IFileStore files, IExportProgress progress, TimeProvider clock)
    : ICommandHandler<BuildExportArchiveCommand, StoredFile>
{
    public const string FileCategory = "exports";

    public async ValueTask<StoredFile> Handle(BuildExportArchiveCommand command, CancellationToken cancellationToken)
    {
        var held = await db.DataExports.AsNoTracking()
            .Where(e => e.Id == new DataExportId(command.ExportId))
            .Select(e => new { e.SubjectId, e.Status, e.Attempts })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("export");
        if (held.Status != ExportStatus.Running || held.Attempts != command.Attempt)
        {
            throw new ConflictException("Another worker has taken this export over.");
        }

        var pipe = new Pipe();
        var save = SaveAsync(held.SubjectId, pipe.Reader, cancellationToken);
        try
        {
            await using (var output = pipe.Writer.AsStream(leaveOpen: true))
            {
                await WriteArchiveAsync(command, held.SubjectId, output, cancellationToken);
            }

            await pipe.Writer.CompleteAsync();
        }
        catch (Exception exception)
        {
            await pipe.Writer.CompleteAsync(exception);
            await save.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }

        return await save;
    }

    private async Task<StoredFile> SaveAsync(AccountId subject, PipeReader reader, CancellationToken cancellationToken)
    {
        try
        {
            var stored = await files.SaveAsync(subject, FileCategory, reader.AsStream(leaveOpen: true), cancellationToken);
            await reader.CompleteAsync();
            return stored;
        }
        catch (Exception exception)
        {
            // The writer stops at its next flush instead of waiting for a reader that is gone.
            await reader.CompleteAsync(exception);
            throw;
        }
    }

    private async Task WriteArchiveAsync(BuildExportArchiveCommand command, AccountId subject, Stream output, CancellationToken cancellationToken)
    {
        var generatedAt = clock.GetUtcNow();
        var ordered = sources.OrderBy(s => s.Category, StringComparer.Ordinal).ToList();
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        var writer = new ZipExportWriter(zip, generatedAt);
        for (var i = 0; i < ordered.Count; i++)
        {
            await ordered[i].ExportAsync(subject, writer, cancellationToken);
            await progress.ReportAsync(command.ExportId, command.Attempt, (i + 1) * 100 / (ordered.Count + 1), cancellationToken);
        }

        var manifest = new ExportManifest(
            ExportManifest.CurrentFormatVersion,
            generatedAt,
            subject.Value,
            ordered.Select(writer.CategoryOf).ToList(),
            writer.Files);
        await writer.WriteJsonFileAsync("manifest.json", manifest, cancellationToken);

        await using (var entry = await writer.OpenAsync("README.txt", CompressionLevel.Optimal, cancellationToken))
        {
            await entry.WriteAsync(Encoding.UTF8.GetBytes(ExportReadme.For(manifest)), cancellationToken);
        }
    }
}
