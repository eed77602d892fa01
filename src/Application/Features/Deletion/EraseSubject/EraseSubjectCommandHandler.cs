using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.LegalHolds;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Deletion.EraseSubject;

public sealed class EraseSubjectCommandHandler(
    IAppDbContext db, IRowClaims claims, ILegalHolds holds, SubjectErasure erasure, IPersonalDataScan scan, IKeySealer sealer, TimeProvider clock)
    : ICommandHandler<EraseSubjectCommand, DeletionProgress?>
{
    public async ValueTask<DeletionProgress?> Handle(EraseSubjectCommand command, CancellationToken cancellationToken)
    {
        if (!await claims.TryLockAsync<DeletionRequest>(command.RequestId, cancellationToken))
        {
            return null;
        }

        var request = await db.DeletionRequests.Include(d => d.Certificate).SingleAsync(d => d.Id == new DeletionRequestId(command.RequestId), cancellationToken);
        var subject = request.SubjectId;
        var now = clock.GetUtcNow();
        if (request.Status != DeletionStatus.Received)
        {
            // Another worker took this step between the look at the queue and the lock.
            return new DeletionProgress(request.Id.Value, subject.Value, WireNames.Of(request.Status));
        }

        request.TakeStep(command.Worker);
        if (await holds.IsOnHoldAsync(subject, cancellationToken))
        {
            request.Hold(now);
        }
        else
        {
            // Read before the erasure: the scans look for them after it, and they are stored only sealed, until certified.
            var personal = await PersonalValuesAsync(subject, cancellationToken);
            var fileHashes = await FileHashesOfOnlyAsync(subject, cancellationToken);
            await erasure.EraseAsync([subject], ErasureReason.Deletion, cancellationToken);
            var findings = await scan.FindAsync([subject.Value.ToString("D"), subject.Value.ToString("N"), .. personal], cancellationToken);
            request.MarkErased(
                DeletionCertificate.Issue(request.Id, erasure.Categories, RetainedData.Described, findings, now),
                VerificationValues.Seal(sealer, [.. personal, .. fileHashes]));
        }

        return new DeletionProgress(request.Id.Value, subject.Value, WireNames.Of(request.Status));
    }

    /// <summary>Email, pending email and username. The ids are not among them: retained records name the subject by id.</summary>
    private async Task<IReadOnlyCollection<string>> PersonalValuesAsync(AccountId subject, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking()
            .Where(a => a.Id == subject)
            .Select(a => new { a.Email, a.PendingEmail, a.Username })
            .SingleOrDefaultAsync(cancellationToken);
        return account is null ? [] : [account.Email, account.Username, .. account.PendingEmail is { } pending ? [pending] : Array.Empty<string>()];
    }

    /// <summary>The SHA-256 of the subject's uploads and assets that no one else's file shares (the same photo uploaded twice).</summary>
    private async Task<IReadOnlyCollection<string>> FileHashesOfOnlyAsync(AccountId subject, CancellationToken cancellationToken)
    {
        var uploads = db.Uploads.Select(u => new { u.OwnerId, u.Sha256 });
        var assets = db.Assets.Select(a => new { a.OwnerId, a.Sha256 });
        var files = uploads.Concat(assets);
        return await files.Where(f => f.OwnerId == subject)
            .Select(f => f.Sha256)
            .Where(hash => !files.Any(other => other.OwnerId != subject && other.Sha256 == hash))
            .Distinct()
            .ToListAsync(cancellationToken);
    }
}
