using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Privacy;

namespace Pixyer.Application.Features.Recipients.ListRecipients;

public sealed class ListRecipientsQueryHandler(IAppDbContext db, IOptions<PrivacyControllerOptions> controller)
    : IQueryHandler<ListRecipientsQuery, Paged<RecipientDto>>
{
    public async ValueTask<Paged<RecipientDto>> Handle(ListRecipientsQuery query, CancellationToken cancellationToken)
    {
        var page = await db.Recipients.AsNoTracking().OrderBy(r => r.Key).ToPageAsync(query.Page, cancellationToken);
        return page.Map(r => RecipientDto.Of(r, controller.Value));
    }
}
