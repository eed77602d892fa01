using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Common.Auditing;

/// <summary>Appends to the hash chain; writers are serialized on the chain's lock.</summary>
public interface IAuditTrail
{
    /// <summary>Appends inside the open transaction, taking the chain's lock right before the insert.</summary>
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>Appends in a transaction of its own, for requests whose own transaction rolled back.</summary>
    Task AppendInOwnTransactionAsync(AuditRecord record, CancellationToken cancellationToken);
}
