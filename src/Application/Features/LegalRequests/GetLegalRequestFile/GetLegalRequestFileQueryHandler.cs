using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Application.Features.LegalRequests.GetLegalRequestFile;

public sealed class GetLegalRequestFileQueryHandler(IAppDbContext db) : IQueryHandler<GetLegalRequestFileQuery, LegalRequestFile>
{
    public async ValueTask<LegalRequestFile> Handle(GetLegalRequestFileQuery query, CancellationToken cancellationToken)
    {
        var id = new LegalRequestId(query.Id);
        var request = await db.LegalRequests.AsNoTracking()
                          .Where(r => r.Id == id)
                          .Select(r => new { r.Status, r.DocumentContentType })
                          .FirstOrDefaultAsync(cancellationToken)
                      ?? throw new NotFoundException("legal request");
        return query.Kind == LegalRequestFileKind.Document
            ? await DocumentAsync(id, request.DocumentContentType, cancellationToken)
            : await ExportAsync(id, request.Status, cancellationToken);
    }

    private async Task<LegalRequestFile> DocumentAsync(LegalRequestId id, string? contentType, CancellationToken cancellationToken)
    {
        var content = await db.LegalRequestDocuments.AsNoTracking().Where(d => d.LegalRequestId == id).Select(d => d.Content).FirstOrDefaultAsync(cancellationToken)
                      ?? throw new NotFoundException("legal document");
        return new LegalRequestFile(content, contentType!, $"legal-request-{id}-document.{LegalDocumentTypes.ExtensionOf(contentType!)}");
    }

    private async Task<LegalRequestFile> ExportAsync(LegalRequestId id, LegalRequestStatus status, CancellationToken cancellationToken)
    {
        if (status != LegalRequestStatus.Approved)
        {
            throw new ConflictException("Only an approved legal request has an export.");
        }

        var content = await db.LegalRequestExports.AsNoTracking().Where(e => e.LegalRequestId == id).Select(e => e.Content).FirstOrDefaultAsync(cancellationToken)
                      ?? throw new GoneException("legal-export-erased", "The export was deleted when a subject it held was erased; its SHA-256 stays on the request.");
        return new LegalRequestFile(content, "application/zip", $"legal-request-{id}-export.zip");
    }
}
