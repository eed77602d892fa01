using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Disclosures;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.LegalRequests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.LegalRequests.DecideLegalRequest;

public sealed class DecideLegalRequestCommandHandler(
    IAppDbContext db, IDisclosureRegister disclosures, LegalRequestArchive archive, IOutbox outbox, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<DecideLegalRequestCommand, LegalRequestDto>
{
    public async ValueTask<LegalRequestDto> Handle(DecideLegalRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await db.LegalRequests.Include(r => r.Subjects).FirstOrDefaultAsync(r => r.Id == new LegalRequestId(command.Id), cancellationToken)
                      ?? throw new NotFoundException("legal request");
        if (request.IsDecided)
        {
            throw new ConflictException("The legal request was already decided.");
        }

        if (command.Decision == DecideLegalRequestCommand.Refuse)
        {
            request.Refuse(actor.RequiredAccountId, command.Reason!, clock.GetUtcNow());
            return LegalRequestDto.Of(request);
        }

        request.EnsureApprovable();
        await ApproveAsync(request, command.NotifySubjects!.Value, command.WithholdingReason, cancellationToken);
        return LegalRequestDto.Of(request);
    }

    /// <summary>The disclosures are recorded first: a refusal of the register (a retired authority, one abroad without a mechanism) stops everything.</summary>
    private async Task ApproveAsync(LegalRequest request, bool notify, string? withholdingReason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var authorityKey = await db.Recipients.AsNoTracking().Where(r => r.Id == request.AuthorityId).Select(r => r.Key).SingleAsync(cancellationToken);
        var categories = LegalRequestScope.DataCategoriesOf(request.Categories);
        var reference = request.Id.ToString();
        var subjects = request.Subjects.Select(s => s.SubjectId).ToList();
        if (await db.Accounts.CountAsync(a => subjects.Contains(a.Id), cancellationToken) != subjects.Count)
        {
            throw new RequestRefusedException("unknown-subject", "A subject of the scope no longer has an account; nothing of theirs can be disclosed.");
        }

        foreach (var subject in subjects)
        {
            if (notify)
            {
                await disclosures.RecordAsync(
                    subject, authorityKey, ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, categories, reference, cancellationToken);
            }
            else
            {
                await disclosures.RecordWithheldFromSubjectAsync(
                    subject, authorityKey, ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, categories, reference, cancellationToken);
            }
        }

        var built = await archive.BuildAsync(request, now, cancellationToken);
        db.LegalRequestExports.Add(LegalRequestExport.Of(request.Id, built.Content));
        request.Approve(actor.RequiredAccountId, notify, withholdingReason, built.Content.Length, built.Sha256, now);
        if (notify)
        {
            await NotifyAsync(request, cancellationToken);
        }
    }

    private async Task NotifyAsync(LegalRequest request, CancellationToken cancellationToken)
    {
        var ids = request.Subjects.Select(s => s.SubjectId).ToList();
        var told = await db.Accounts.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Username, a.Email })
            .ToListAsync(cancellationToken);
        foreach (var subject in told)
        {
            outbox.EnqueueEmail(LegalRequestNotice.For(subject.Username, subject.Email, request, request.Categories), subject.Id.Value);
        }
    }
}
