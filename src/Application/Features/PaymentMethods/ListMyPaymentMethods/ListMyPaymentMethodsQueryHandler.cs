using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.PaymentMethods.ListMyPaymentMethods;

public sealed class ListMyPaymentMethodsQueryHandler(IAppDbContext db, ICurrentActor actor)
    : IQueryHandler<ListMyPaymentMethodsQuery, Paged<PaymentMethodDto>>
{
    public async ValueTask<Paged<PaymentMethodDto>> Handle(ListMyPaymentMethodsQuery query, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        return (await db.PaymentMethods.AsNoTracking()
                .Where(m => m.OwnerId == owner)
                .OrderByDescending(m => m.IsDefault)
                .ThenByDescending(m => m.CreatedAt)
                .ThenBy(m => m.Id)
                .ToPageAsync(query.Page, cancellationToken))
            .Map(PaymentMethodDto.From);
    }
}
