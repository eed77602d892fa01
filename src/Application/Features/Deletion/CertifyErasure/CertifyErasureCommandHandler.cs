using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Deletion.EraseSubject;
using Pixyer.Application.Features.RightsRequests;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Deletion.CertifyErasure;

public sealed class CertifyErasureCommandHandler(
    IAppDbContext db, IRowClaims claims, IFileStore files, SubjectErasure erasure, IRawStorageScan rawScan, IKeySealer sealer, TimeProvider clock)
    : ICommandHandler<CertifyErasureCommand, DeletionProgress?>
{
    public async ValueTask<DeletionProgress?> Handle(CertifyErasureCommand command, CancellationToken cancellationToken)
    {
        if (!await claims.TryLockAsync<DeletionRequest>(command.RequestId, cancellationToken))
        {
            return null;
        }

        var request = await db.DeletionRequests.Include(d => d.Certificate).SingleAsync(d => d.Id == new DeletionRequestId(command.RequestId), cancellationToken);
        if (request.Status == DeletionStatus.Erased)
        {
            request.TakeStep(command.Worker);
            // No row names these files any more (the erasure committed), so they can go before this transaction ends,
            // with any key a file stored after the erasure was given.
            await db.DestroyFileKeysAsync([request.SubjectId], cancellationToken);
            await files.DeleteAllAsync([request.SubjectId], cancellationToken);
            var remaining = await erasure.FindRemainingAsync(request.SubjectId, cancellationToken);
            var raw = await rawScan.ScanAsync(VerificationValues.Unseal(sealer, request.SealedVerificationValues), cancellationToken);
            var now = clock.GetUtcNow();
            request.Complete([.. remaining.Select(r => $"{r.Category}/{r.Entity}: {r.Count}"), .. raw.Findings], raw.Scanned, now);
            await db.CloseRightsRequestAsync(RightsRequestId.Tracking(request.Id), now, cancellationToken);
        }

        return new DeletionProgress(request.Id.Value, request.SubjectId.Value, WireNames.Of(request.Status));
    }
}
