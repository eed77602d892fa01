using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.AccessLog;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.AccessLog;

/// <summary>The access log (C9): when, which endpoint, from which address, device and country.</summary>
public sealed class AccessLogPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "access-log";

    public IReadOnlyList<string> Obligations => ["C9"];

    public IReadOnlyList<Type> EntityTypes => [typeof(AccessLogEntry)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var entries = await Of(subject).AsNoTracking()
            .OrderBy(e => e.OccurredAt)
            .Select(e => new
            {
                e.OccurredAt,
                e.Method,
                e.RouteTemplate,
                e.StatusCode,
                e.IpAddress,
                e.IpTruncated,
                e.DeviceType,
                e.Browser,
                e.OperatingSystem,
                e.Country,
            })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync(Category, entries, cancellationToken);
    }

    public Task EraseAsync(AccountId subject, CancellationToken cancellationToken) => Of(subject).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(Category, (nameof(AccessLogEntry), await Of(subject).CountAsync(cancellationToken)));

    private IQueryable<AccessLogEntry> Of(AccountId subject) => db.AccessLog.Where(e => e.SubjectId == subject);
}
