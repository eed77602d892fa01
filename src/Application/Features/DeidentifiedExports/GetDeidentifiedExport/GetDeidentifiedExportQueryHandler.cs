using Mediator;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.DeidentifiedExports.GetDeidentifiedExport;

public sealed class GetDeidentifiedExportQueryHandler(IAppDbContext db) : IQueryHandler<GetDeidentifiedExportQuery, DeidentifiedExportDto>
{
    public async ValueTask<DeidentifiedExportDto> Handle(GetDeidentifiedExportQuery query, CancellationToken cancellationToken) =>
        DeidentifiedExportDto.Of(await db.FindDeidentifiedExportAsync(query.Id, cancellationToken));
}
