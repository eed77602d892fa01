using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Application.Features.LegalRequests.RecordLegalRequest;

public sealed class RecordLegalRequestCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RecordLegalRequestCommand, LegalRequestDto>
{
    private const Roles Reviewers = Roles.PrivacyOfficer | Roles.Admin;

    public async ValueTask<LegalRequestDto> Handle(RecordLegalRequestCommand command, CancellationToken cancellationToken)
    {
        var authority = await db.Recipients.AsNoTracking().SingleOrDefaultAsync(r => r.Key == command.AuthorityKey && r.Active, cancellationToken)
                        ?? throw new RequestRefusedException(
                            "recipient-not-registered", $"No active recipient '{command.AuthorityKey}' is in the disclosure register; register the authority first.");
        if (authority.Category != RecipientCategory.Authorities)
        {
            throw new RequestRefusedException("recipient-not-an-authority", $"Recipient '{command.AuthorityKey}' is not of category 'authorities'.");
        }

        var reviewer = new AccountId(command.ReviewerId);
        var reviewerRoles = await db.Accounts.AsNoTracking().Where(a => a.Id == reviewer).Select(a => (Roles?)a.Roles).SingleOrDefaultAsync(cancellationToken);
        if (reviewerRoles is not { } roles || (roles & Reviewers) == 0)
        {
            throw new RequestRefusedException("reviewer-not-staff", "The reviewer must be a privacy officer or an admin.");
        }

        var subjects = command.SubjectIds.Distinct().Select(id => new AccountId(id)).ToList();
        var known = await db.Accounts.AsNoTracking().CountAsync(a => subjects.Contains(a.Id), cancellationToken);
        if (known != subjects.Count)
        {
            throw new RequestRefusedException("unknown-subject", "Every subject of the scope must be an existing account.");
        }

        var request = LegalRequest.Record(
            authority, command.LegalBasis, command.DocumentReference, command.ReceivedAt, subjects, command.Categories, reviewer,
            actor.RequiredAccountId, clock.GetUtcNow());
        db.LegalRequests.Add(request);
        return LegalRequestDto.Of(request);
    }
}
