using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Maintenance.PurgeExpiredRecords;

/// <summary>
/// Storage limitation for the security records: failed logins once they no longer count, idempotency records
/// after 24 hours, verification tokens once expired, sessions 30 days after they ended.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.Security, LegalBasis.ServiceSecurity, DataCategory.Credentials, DataCategory.DeviceAndAccess)]
public sealed record PurgeExpiredRecordsCommand : ICommand<PurgedRecords>;

public sealed record PurgedRecords(int LoginFailures, int IdempotencyRecords, int VerificationTokens, int Sessions);
