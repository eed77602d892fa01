using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Subscriptions;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Uploads;

namespace Pixyer.Application.Features.Generations.RequestGeneration;

public sealed class RequestGenerationCommandHandler(IAppDbContext db, ICurrentActor actor, GenerationAllowance allowance, TimeProvider clock)
    : ICommandHandler<RequestGenerationCommand, GenerationAccepted>
{
    public async ValueTask<GenerationAccepted> Handle(RequestGenerationCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var verified = await db.Accounts.AsNoTracking()
            .Where(a => a.Id == owner)
            .Select(a => a.EmailVerifiedAt != null)
            .SingleAsync(cancellationToken);
        if (!verified)
        {
            throw new EmailVerificationRequiredException();
        }

        var upload = new UploadId(command.UploadId);
        if (!await db.Uploads.AnyAsync(u => u.Id == upload && u.OwnerId == owner, cancellationToken))
        {
            throw new NotFoundException("upload");
        }

        await allowance.EnsureAvailableAsync(owner, cancellationToken);
        var job = GenerationJob.Queue(owner, upload, command.Template, command.Formats, command.Headline?.Trim(), clock.GetUtcNow());
        db.GenerationJobs.Add(job);
        return new GenerationAccepted(job.Id.Value, WireNames.Of(job.Status));
    }
}
