using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Feedback.ListMyFeedback;

public sealed class ListMyFeedbackQueryHandler(IAppDbContext db, ICurrentActor actor)
    : IQueryHandler<ListMyFeedbackQuery, Paged<FeedbackDto>>
{
    public async ValueTask<Paged<FeedbackDto>> Handle(ListMyFeedbackQuery query, CancellationToken cancellationToken)
    {
        var author = actor.RequiredAccountId;
        var page = await db.ServiceFeedback.AsNoTracking()
            .Where(f => f.AuthorId == author)
            .OrderByDescending(f => f.GivenAt)
            .ThenByDescending(f => f.Id)
            .ToPageAsync(query.Page, cancellationToken);
        return page.Map(FeedbackDto.From);
    }
}
