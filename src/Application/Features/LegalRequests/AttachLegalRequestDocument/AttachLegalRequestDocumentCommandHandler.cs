using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Common;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Application.Features.LegalRequests.AttachLegalRequestDocument;

public sealed class AttachLegalRequestDocumentCommandHandler(IAppDbContext db, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<AttachLegalRequestDocumentCommand, LegalRequestDto>
{
    public async ValueTask<LegalRequestDto> Handle(AttachLegalRequestDocumentCommand command, CancellationToken cancellationToken)
    {
        var id = new LegalRequestId(command.Id);
        var request = await db.LegalRequests.Include(r => r.Subjects).FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
                      ?? throw new NotFoundException("legal request");
        if (request.IsDecided)
        {
            throw new ConflictException("The legal request was decided; its document can no longer change.");
        }

        var content = (await BoundedRead.ReadAtMostAsync(command.Content, options.Value.LegalRequests.MaxDocumentBytes, cancellationToken)).ToArray();
        var contentType = LegalDocumentTypes.Detect(content);
        var stored = await db.LegalRequestDocuments.FirstOrDefaultAsync(d => d.LegalRequestId == id, cancellationToken);
        if (stored is not null)
        {
            db.LegalRequestDocuments.Remove(stored);
        }

        db.LegalRequestDocuments.Add(LegalRequestDocument.Of(id, content));
        request.AttachDocument(
            contentType, content.Length, Sha256Hex.Of(content), command.Reference, clock.GetUtcNow());
        return LegalRequestDto.Of(request);
    }
}
