using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Features.Audit;

/// <summary>
/// What was done on the person's account, and when (P1, G2, G3): the audit entries whose subject they are. Each is
/// exported with its time, request, outcome and the kind of actor, never the actor's id (staff are not named), the
/// chain's hashes or the correlation id. The entries are retained after erasure (<see cref="AuditEntry"/> is
/// <c>[RetainedAfterErasure]</c>, and the deletion certificate lists them as retained), so erasure leaves them and
/// erasure verification does not count them as remaining.
/// </summary>
public sealed class AuditTrailPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "audit-trail";

    public IReadOnlyList<string> Obligations => ["P1", "G2", "G3"];

    public IReadOnlyList<Type> EntityTypes => [typeof(AuditEntry)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectId == subject.Value)
            .OrderBy(e => e.Position)
            .Select(e => new { e.OccurredAt, e.ActorId, e.ActorRole, e.RequestName, e.Outcome, e.ProblemType })
            .ToListAsync(cancellationToken);
        await writer.WriteRecordsAsync(
            Category,
            entries.Select(e => new
            {
                e.OccurredAt,
                Request = e.RequestName,
                Outcome = e.Outcome.ToString(),
                e.ProblemType,
                Actor = AuditActorKind.Of(e.ActorId, e.ActorRole, subject),
            }),
            cancellationToken);
    }

    public Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RemainingData>>([]);
}
