using Mediator;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Invoices.GetMyInvoice;

public sealed class GetMyInvoiceQueryHandler(IAppDbContext db, ICurrentActor actor) : IQueryHandler<GetMyInvoiceQuery, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(GetMyInvoiceQuery query, CancellationToken cancellationToken)
    {
        var invoice = await OwnedInvoices.FindAsync(db, actor.RequiredAccountId, query.Id, cancellationToken);
        return (await InvoiceViews.WithDeliveryAsync(db, [invoice], cancellationToken))[0];
    }
}
