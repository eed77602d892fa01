using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Outbox;

namespace Pixyer.Application.Features.Outbox;

/// <summary>Messages queued for or sent to the subject (U8). Delivered ones keep no content.</summary>
public sealed class OutboxPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "messages";

    public IReadOnlyList<string> Obligations => ["U8", "U9"];

    public IReadOnlyList<Type> EntityTypes => [typeof(OutboxMessage)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var messages = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SubjectId == subject.Value)
            .OrderBy(m => m.CreatedAt)
            .Select(m => new { m.Id, m.Kind, Status = m.Status.ToString(), m.CreatedAt, m.CompletedAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync(Category, messages, cancellationToken);
    }

    public Task EraseAsync(AccountId subject, CancellationToken cancellationToken) =>
        db.OutboxMessages.Where(m => m.SubjectId == subject.Value).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(
            Category, (nameof(OutboxMessage), await db.OutboxMessages.CountAsync(m => m.SubjectId == subject.Value, cancellationToken)));
}
