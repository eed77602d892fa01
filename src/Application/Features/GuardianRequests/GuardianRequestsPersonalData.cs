using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests;

/// <summary>
/// Guardian requests approved for the subject (A2). The request is the guardian's as much as the minor's: the
/// minor's export shows that it was made and decided, not who made it; erasure redacts what names the minor (the
/// account identifier and the statement) and unlinks the request, whose rights and deletion records of the same id
/// keep the link by id. The guardian's own details stay, as proof of handling, until the purge
/// (<see cref="GuardianRequest.RetentionPeriod"/>).
/// </summary>
public sealed class GuardianRequestsPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "guardian-requests";

    public IReadOnlyList<string> Obligations => ["A2"];

    public IReadOnlyList<Type> EntityTypes => [typeof(GuardianRequest)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken) =>
        await writer.WriteRecordsAsync(
            Category,
            await RowsOf([subject]).AsNoTracking()
                .OrderBy(g => g.ReceivedAt)
                .Select(g => new { g.Id, Relationship = g.Relationship.ToString(), Status = g.Status.ToString(), g.ReceivedAt, g.DecidedAt })
                .ToListAsync(cancellationToken),
            cancellationToken);

    public Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken) =>
        RowsOf(subjects).ExecuteUpdateAsync(
            s => s.SetProperty(g => g.MinorIdentifier, (string?)null)
                .SetProperty(g => g.Statement, (string?)null)
                .SetProperty(g => g.SubjectId, (AccountId?)null),
            cancellationToken);

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(Category, (nameof(GuardianRequest), await RowsOf([subject]).CountAsync(cancellationToken)));

    private IQueryable<GuardianRequest> RowsOf(IReadOnlyCollection<AccountId> subjects) =>
        db.GuardianRequests.Where(g => g.SubjectId != null && subjects.Contains(g.SubjectId.Value));
}
