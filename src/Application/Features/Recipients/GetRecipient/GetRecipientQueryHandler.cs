using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Privacy;

namespace Pixyer.Application.Features.Recipients.GetRecipient;

public sealed class GetRecipientQueryHandler(IAppDbContext db, IOptions<PrivacyControllerOptions> controller)
    : IQueryHandler<GetRecipientQuery, RecipientDto>
{
    public async ValueTask<RecipientDto> Handle(GetRecipientQuery query, CancellationToken cancellationToken)
    {
        var recipient = await db.Recipients.AsNoTracking().GetAsync(query.Id, cancellationToken);
        return RecipientDto.Of(recipient, controller.Value);
    }
}
