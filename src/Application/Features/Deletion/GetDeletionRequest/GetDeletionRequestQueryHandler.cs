using System.Security.Cryptography;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Deletion.GetDeletionRequest;

public sealed class GetDeletionRequestQueryHandler(IAppDbContext db, ISecretTokens tokens)
    : IQueryHandler<GetDeletionRequestQuery, DeletionRequestDto>
{
    public async ValueTask<DeletionRequestDto> Handle(GetDeletionRequestQuery query, CancellationToken cancellationToken)
    {
        var request = await db.DeletionRequests.AsNoTracking().Include(d => d.Certificate).FirstOrDefaultAsync(d => d.Id == new DeletionRequestId(query.Id), cancellationToken);
        if (request is null || !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(tokens.Hash(query.Token)), Encoding.ASCII.GetBytes(request.TokenHash)))
        {
            throw new NotFoundException("deletion request");
        }

        var dueAt = await db.RightsRequests.Where(r => r.Id == RightsRequestId.Tracking(request.Id)).Select(r => r.DueAt).SingleAsync(cancellationToken);
        return DeletionRequestDto.Of(request, dueAt);
    }
}
