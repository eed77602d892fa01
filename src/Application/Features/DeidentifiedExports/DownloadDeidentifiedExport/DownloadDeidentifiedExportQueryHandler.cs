using Mediator;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.DeidentifiedExports.DownloadDeidentifiedExport;

public sealed class DownloadDeidentifiedExportQueryHandler(IAppDbContext db, IFileReader files)
    : IQueryHandler<DownloadDeidentifiedExportQuery, DatasetDownload>
{
    public async ValueTask<DatasetDownload> Handle(DownloadDeidentifiedExportQuery query, CancellationToken cancellationToken)
    {
        var export = await db.FindDeidentifiedExportAsync(query.Id, cancellationToken);
        var content = await files.OpenReadAsync(export.FileKey, cancellationToken) ?? throw new NotFoundException("de-identified export's file");
        return new DatasetDownload(content, DatasetFile.ContentType(export.Format), DatasetFile.FileName(export));
    }
}
