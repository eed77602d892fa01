using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Outbox;

namespace Pixyer.Application.Features.Outbox;

/// <summary>Messages queued for or sent to the subject (U8). Delivered ones keep no content.</summary>
public sealed class OutboxPersonalData(IAppDbContext db) : SubjectRowsSource<OutboxMessage>
{
    public override string Category => "messages";

    public override IReadOnlyList<string> Obligations => ["U8", "U9"];

    protected override IQueryable<OutboxMessage> RowsOf(IReadOnlyCollection<AccountId> subjects)
    {
        var ids = SubjectIds.Of(subjects);
        return db.OutboxMessages.Where(m => m.SubjectId != null && ids.Contains(m.SubjectId.Value));
    }

    protected override IQueryable<object> Exported(IQueryable<OutboxMessage> rows) =>
        rows.OrderBy(m => m.CreatedAt).Select(m => new { m.Id, m.Kind, Status = m.Status.ToString(), m.CreatedAt, m.CompletedAt });
}
