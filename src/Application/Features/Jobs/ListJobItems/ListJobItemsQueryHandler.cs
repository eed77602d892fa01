using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Jobs;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Exports;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Jobs.ListJobItems;

public sealed class ListJobItemsQueryHandler(IAppDbContext db) : IQueryHandler<ListJobItemsQuery, Paged<JobItemDto>>
{
    public async ValueTask<Paged<JobItemDto>> Handle(ListJobItemsQuery query, CancellationToken cancellationToken) =>
        query.Key switch
        {
            WorkerJobKeys.Generation => await PageAsync(
                db.GenerationJobs.AsNoTracking()
                    .OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id)
                    .Select(j => new Row<GenerationStatus>(
                        j.Id.Value, j.Status, j.Attempts, j.ClaimedBy, j.Status == GenerationStatus.Running ? j.AvailableAt : null, j.CreatedAt, j.CompletedAt)),
                query.Page,
                cancellationToken),
            WorkerJobKeys.Export => await PageAsync(
                db.DataExports.AsNoTracking()
                    .OrderByDescending(e => e.RequestedAt).ThenByDescending(e => e.Id)
                    .Select(e => new Row<ExportStatus>(
                        e.Id.Value, e.Status, e.Attempts, e.ClaimedBy, e.Status == ExportStatus.Running ? e.AvailableAt : null, e.RequestedAt, e.ReadyAt)),
                query.Page,
                cancellationToken),
            WorkerJobKeys.Erasure => await PageAsync(
                db.DeletionRequests.AsNoTracking()
                    .OrderByDescending(d => d.RequestedAt).ThenByDescending(d => d.Id)
                    .Select(d => new Row<DeletionStatus>(d.Id.Value, d.Status, null, d.HandledBy, null, d.RequestedAt, d.CompletedAt)),
                query.Page,
                cancellationToken),
            _ => throw new NotFoundException("job's item list"),
        };

    private static async Task<Paged<JobItemDto>> PageAsync<TStatus>(IQueryable<Row<TStatus>> rows, PageRequest page, CancellationToken cancellationToken)
        where TStatus : struct, Enum =>
        (await rows.ToPageAsync(page, cancellationToken)).Map(row =>
            new JobItemDto(row.Id, WireNames.Of(row.Status), row.Attempts, row.Node, row.LeaseExpiresAt, row.CreatedAt, row.FinishedAt));

    private sealed record Row<TStatus>(
        Guid Id, TStatus Status, int? Attempts, string? Node, DateTimeOffset? LeaseExpiresAt, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);
}
