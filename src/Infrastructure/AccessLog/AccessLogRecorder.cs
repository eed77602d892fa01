using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pixyer.Application.Common.AccessLog;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.AccessLog;
using Pixyer.Infrastructure.Devices;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.AccessLog;

internal sealed class AccessLogRecorder(
    IServiceScopeFactory scopes, IGeoLocator geo, IConstraintViolations constraints, TimeProvider clock, ILogger<AccessLogRecorder> logger)
    : IAccessLogRecorder
{
    public async Task RecordAsync(AccessRecord record, CancellationToken cancellationToken)
    {
        var address = Normalize(record.ClientAddress);
        var device = UserAgentParser.Parse(record.UserAgent);
        var entry = AccessLogEntry.Record(
            record.SubjectId,
            clock.GetUtcNow(),
            record.Method,
            record.RouteTemplate,
            address,
            device.DeviceType,
            device.Browser,
            device.OperatingSystem,
            geo.CountryOf(address),
            record.StatusCode);

        // A scope and a context of its own, like a failed login's record: the access log belongs to no command, so it
        // must neither join a command's transaction nor save whatever the request's context still tracks.
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        store.AccessLog.Add(entry);
        try
        {
            await store.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (constraints.IsForeignKeyViolation(exception))
        {
            // The request erased its own subject (an account deletion): nobody is left to keep a log of.
            logger.LogDebug("Access not logged: its subject was erased by the request.");
        }
    }

    /// <summary>IPv4 clients of a dual-stack socket arrive as ::ffff:a.b.c.d; the scope id of a link-local address is noise.</summary>
    private static string? Normalize(IPAddress? address) => address switch
    {
        null => null,
        { IsIPv4MappedToIPv6: true } => address.MapToIPv4().ToString(),
        _ => new IPAddress(address.GetAddressBytes()).ToString(),
    };
}
