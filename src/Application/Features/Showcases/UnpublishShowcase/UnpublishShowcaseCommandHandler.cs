using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Showcases;

namespace Pixyer.Application.Features.Showcases.UnpublishShowcase;

public sealed class UnpublishShowcaseCommandHandler(IAppDbContext db) : ICommandHandler<UnpublishShowcaseCommand, UnpublishedShowcase>
{
    public async ValueTask<UnpublishedShowcase> Handle(UnpublishShowcaseCommand command, CancellationToken cancellationToken)
    {
        var showcase = await db.Showcases.SingleOrDefaultAsync(s => s.Id == new ShowcaseId(command.Id), cancellationToken)
                       ?? throw new NotFoundException("showcase");
        db.Showcases.Remove(showcase);
        return new UnpublishedShowcase(showcase.OwnerId.Value);
    }
}
