using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.AccessLog.TruncateAccessLogIps;

/// <summary>
/// Obligation C9: full IP addresses are kept for 30 days, then cut to their network (IPv4 /24, IPv6 /48). One
/// command truncates at most <see cref="BatchSize"/> entries, oldest first, so that a transaction stays small;
/// the daily job sends it again until a batch comes back short.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.Security, LegalBasis.ServiceSecurity, DataCategory.DeviceAndAccess)]
public sealed record TruncateAccessLogIpsCommand : ICommand<int>
{
    public const int BatchSize = 500;
}
