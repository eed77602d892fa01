using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Policies;

namespace Pixyer.Application.Features.Policies.AcceptPolicy;

public sealed class AcceptPolicyCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<AcceptPolicyCommand, PolicyAccepted>
{
    public async ValueTask<PolicyAccepted> Handle(AcceptPolicyCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var version = await db.PolicyVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Version == command.Version, cancellationToken)
            ?? throw new NotFoundException("policy version");
        if (!version.IsEffective(now))
        {
            throw new RequestRefusedException("policy-not-in-force", "This version is not in force yet; it can be accepted once it is.");
        }

        db.PolicyAcceptances.Add(PolicyAcceptance.Record(actor.RequiredAccountId, version.Version, PolicyAcceptanceChannel.Explicit, now));
        return new PolicyAccepted(version.Version, now);
    }
}
