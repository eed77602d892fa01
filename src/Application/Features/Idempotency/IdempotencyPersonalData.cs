using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Idempotency;

namespace Pixyer.Application.Features.Idempotency;

/// <summary>Stored responses of retried commands (24 hours); they may repeat the subject's own data.</summary>
public sealed class IdempotencyPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "request-replays";

    public IReadOnlyList<string> Obligations => ["P1"];

    public IReadOnlyList<Type> EntityTypes => [typeof(IdempotencyRecord)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var records = await Of(subject).AsNoTracking()
            .OrderBy(r => r.CreatedAt)
            .Select(r => new { r.RequestName, r.CreatedAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync(Category, records, cancellationToken);
    }

    public Task EraseAsync(AccountId subject, CancellationToken cancellationToken) => Of(subject).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(Category, (nameof(IdempotencyRecord), await Of(subject).CountAsync(cancellationToken)));

    private IQueryable<IdempotencyRecord> Of(AccountId subject) =>
        db.IdempotencyRecords.Where(r => r.SubjectId == subject.Value || r.ScopeId == subject.Value);
}
