using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.AccessLog;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.AccessLog;

/// <summary>The access log (C9): when, which endpoint, from which address, device and country.</summary>
public sealed class AccessLogPersonalData(IAppDbContext db) : SubjectRowsSource<AccessLogEntry>
{
    public override string Category => "access-log";

    public override IReadOnlyList<string> Obligations => ["C9"];

    protected override IQueryable<AccessLogEntry> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.AccessLog.Where(e => subjects.Contains(e.SubjectId));

    protected override IQueryable<object> Exported(IQueryable<AccessLogEntry> rows) =>
        rows.OrderBy(e => e.OccurredAt).Select(e => new
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
        });
}
