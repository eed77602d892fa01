using Mediator;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Privacy;

namespace Pixyer.Application.Features.Invoices.GetMyInvoiceDocument;

public sealed class GetMyInvoiceDocumentQueryHandler(IAppDbContext db, ICurrentActor actor, IOptions<PrivacyControllerOptions> controller)
    : IQueryHandler<GetMyInvoiceDocumentQuery, InvoiceFile>
{
    public async ValueTask<InvoiceFile> Handle(GetMyInvoiceDocumentQuery query, CancellationToken cancellationToken)
    {
        var invoice = await OwnedInvoices.FindAsync(db, actor.RequiredAccountId, query.Id, cancellationToken);
        return new InvoiceFile(InvoiceDocument.FileName(invoice), InvoiceDocument.ContentType, InvoiceDocument.Render(invoice, controller.Value.OperatorName));
    }
}
