using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Consents;

/// <summary>The consent ledger (G4, K2): the subject's choices and those of the visitor ids carried into the account.</summary>
public sealed class ConsentPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "consents";

    public IReadOnlyList<string> Obligations => ["G4", "K2", "K4"];

    public IReadOnlyList<Type> EntityTypes => [typeof(ConsentEvent)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var events = await Of([subject]).AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        await writer.WriteRecordsAsync(
            Category,
            events.Select(e => new
            {
                Purpose = ConsentPurposes.NameOf(e.Purpose),
                e.Granted,
                e.Scope,
                e.PolicyVersion,
                Channel = ConsentState.ChannelName(e.Channel),
                e.OccurredAt,
                e.ClientNetwork,
            }),
            cancellationToken);
    }

    /// <summary>
    /// The visitor ids are read first and the two kinds of events deleted apart: with <see cref="Of"/>'s <c>OR</c>
    /// or a self-referencing subquery, PostgreSQL may filter the whole table on every batch; this way each statement
    /// is an index lookup, and the visitors' statement is skipped when the batch carried none into an account.
    /// </summary>
    public async Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken)
    {
        var visitors = await VisitorsOf(subjects).Distinct().ToListAsync(cancellationToken);
        if (visitors.Count > 0)
        {
            await db.ConsentEvents.Where(e => e.VisitorId != null && visitors.Contains(e.VisitorId.Value)).ExecuteDeleteAsync(cancellationToken);
        }

        await db.ConsentEvents.Where(e => e.SubjectId != null && subjects.Contains(e.SubjectId.Value)).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(Category, (nameof(ConsentEvent), await Of([subject]).CountAsync(cancellationToken)));

    /// <summary>The accounts' events, and the anonymous events of every visitor id linked to them.</summary>
    private IQueryable<ConsentEvent> Of(IReadOnlyCollection<AccountId> subjects)
    {
        var visitors = VisitorsOf(subjects);
        return db.ConsentEvents.Where(e =>
            (e.SubjectId != null && subjects.Contains(e.SubjectId.Value)) || (e.VisitorId != null && visitors.Contains(e.VisitorId.Value)));
    }

    private IQueryable<Guid> VisitorsOf(IReadOnlyCollection<AccountId> subjects) =>
        db.ConsentEvents.Where(e => e.SubjectId != null && subjects.Contains(e.SubjectId.Value) && e.VisitorId != null).Select(e => e.VisitorId!.Value);
}
