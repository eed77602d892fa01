using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Audit.ListAuditEntries;

public sealed class ListAuditEntriesQueryHandler(IAppDbContext db) : IQueryHandler<ListAuditEntriesQuery, Paged<AuditEntryDto>>
{
    public async ValueTask<Paged<AuditEntryDto>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.SubjectId is { } subject)
        {
            entries = entries.Where(e => e.SubjectId == subject);
        }

        if (query.ActorId is { } actor)
        {
            entries = entries.Where(e => e.ActorId == actor);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.OccurredAt <= to);
        }

        // Newest first: entries still waiting for the sequencer, then the log from its end.
        return await entries
            .OrderByDescending(e => e.Sequence == null)
            .ThenByDescending(e => e.Sequence)
            .ThenByDescending(e => e.Position)
            .ProjectToDto()
            .ToPageAsync(query.Page, cancellationToken);
    }
}
