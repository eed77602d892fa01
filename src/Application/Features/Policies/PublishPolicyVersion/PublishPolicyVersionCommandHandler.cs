using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Policies;

namespace Pixyer.Application.Features.Policies.PublishPolicyVersion;

public sealed class PublishPolicyVersionCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<PublishPolicyVersionCommand, PolicyDocument>
{
    public async ValueTask<PolicyDocument> Handle(PublishPolicyVersionCommand command, CancellationToken cancellationToken)
    {
        if (await db.PolicyVersions.AnyAsync(v => v.Version == command.Version, cancellationToken))
        {
            throw new ConflictException("This policy version is already published.");
        }

        var latest = await db.PolicyVersions.MaxAsync(v => (DateTimeOffset?)v.EffectiveAt, cancellationToken);
        if (command.EffectiveAt <= latest)
        {
            throw new RequestRefusedException("policy-effective-order", "A new version must take effect after the latest published one.");
        }

        var version = PolicyVersion.Publish(
            command.Version, command.EffectiveAt.ToUniversalTime(), command.Significant, command.Text, actor.AccountId, clock.GetUtcNow());
        db.PolicyVersions.Add(version);
        return PolicyDocument.Of(version);
    }
}
