using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Features.LegalHolds;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Deletion.EraseSubject;

public sealed class EraseSubjectCommandHandler(
    IAppDbContext db, ILegalHolds holds, SubjectErasure erasure, IPersonalDataScan scan, TimeProvider clock)
    : ICommandHandler<EraseSubjectCommand, DeletionProgress>
{
    public async ValueTask<DeletionProgress> Handle(EraseSubjectCommand command, CancellationToken cancellationToken)
    {
        var request = await db.DeletionRequests.Include(d => d.Certificate).SingleAsync(d => d.Id == command.RequestId, cancellationToken);
        var subject = request.SubjectId;
        var now = clock.GetUtcNow();
        if (request.Status == DeletionStatus.Received && await holds.IsOnHoldAsync(subject, cancellationToken))
        {
            request.Hold(now);
        }
        else if (request.Status == DeletionStatus.Received)
        {
            // Read before the erasure: the scan looks for them after it, and they are never stored.
            var identifiers = await IdentifiersAsync(subject, cancellationToken);
            await erasure.EraseAsync([subject], ErasureReason.Deletion, cancellationToken);
            var findings = await scan.FindAsync(identifiers, cancellationToken);
            request.MarkErased(DeletionCertificate.Issue(request.Id, erasure.Categories, RetainedData.Described, findings, now));
        }

        return new DeletionProgress(request.Id, subject.Value, WireNames.Of(request.Status));
    }

    private async Task<IReadOnlyCollection<string>> IdentifiersAsync(AccountId subject, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking()
            .Where(a => a.Id == subject)
            .Select(a => new { a.Email, a.PendingEmail, a.Username })
            .SingleOrDefaultAsync(cancellationToken);
        string[] ids = [subject.Value.ToString("D"), subject.Value.ToString("N")];
        return account is null ? ids : [.. ids, account.Email, account.Username, .. account.PendingEmail is { } pending ? [pending] : Array.Empty<string>()];
    }
}
