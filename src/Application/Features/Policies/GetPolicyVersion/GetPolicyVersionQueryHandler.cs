using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Policies.GetPolicyVersion;

public sealed class GetPolicyVersionQueryHandler(IAppDbContext db) : IQueryHandler<GetPolicyVersionQuery, PolicyDocument>
{
    public async ValueTask<PolicyDocument> Handle(GetPolicyVersionQuery query, CancellationToken cancellationToken)
    {
        var version = await db.PolicyVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Version == query.Version, cancellationToken)
            ?? throw new NotFoundException("policy version");
        return PolicyDocument.Of(version);
    }
}
