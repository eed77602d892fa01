using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Accounts;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.BusinessTransfers;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.BusinessTransfers.DeclareBusinessTransfer;

public sealed class DeclareBusinessTransferCommandHandler(IAppDbContext db, SelectedAccounts selection, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<DeclareBusinessTransferCommand, DeclaredBusinessTransfer>
{
    public async ValueTask<DeclaredBusinessTransfer> Handle(DeclareBusinessTransferCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var kind = WireNames.Parse<BusinessTransferKind>(command.Kind);
        var effectiveAt = ToWholeSecond(command.EffectiveAt!.Value);
        var newHolder = await db.RegisterAsync(command.NewHolder, now, cancellationToken);

        // A repeated declaration is the same transfer: its subjects are already stored, and each is mailed once.
        // The unique index on (new holder, kind, effective date) settles a race between two with a 409.
        var declared = await db.BusinessTransfers.AsNoTracking()
            .SingleOrDefaultAsync(t => t.NewHolderId == newHolder.Id && t.Kind == kind && t.EffectiveAt == effectiveAt, cancellationToken);
        if (declared is not null)
        {
            return new DeclaredBusinessTransfer((await db.WithProgressAsync([declared], cancellationToken))[0], Created: false);
        }

        var affected = await selection.EvaluateAsync(command.Affected, cancellationToken);
        var transfer = BusinessTransfer.Declare(
            kind,
            newHolder,
            command.NewHolder.Contact,
            command.NewHolder.BindingUndertaking,
            effectiveAt,
            command.Affected.Describe(),
            affected.ToList(),
            ChangedPurposes(command),
            actor.RequiredAccountId,
            now);
        db.BusinessTransfers.Add(transfer);
        return new DeclaredBusinessTransfer(BusinessTransferDto.Of(transfer, BusinessTransferProgress.None), Created: true);
    }

    /// <summary>In UTC, to the second: a repeated declaration must name the same moment whatever precision a store keeps.</summary>
    private static DateTimeOffset ToWholeSecond(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    private static IEnumerable<ConsentPurpose> ChangedPurposes(DeclareBusinessTransferCommand command) =>
        (command.ChangedPurposes ?? []).Select(WireNames.Parse<ConsentPurpose>);
}
