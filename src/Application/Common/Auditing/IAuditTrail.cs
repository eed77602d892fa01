using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Common.Auditing;

/// <summary>
/// Writes audit entries, unsequenced: each insert takes no lock and reads nothing, so audited commands never wait on
/// each other; the sequencer integrates them into the Merkle log afterwards.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Adds the entry to the open unit of work; it commits, or rolls back, with the command.</summary>
    void Append(AuditRecord record);

    /// <summary>Appends in a transaction of its own, for requests whose own transaction rolled back.</summary>
    Task AppendInOwnTransactionAsync(AuditRecord record, CancellationToken cancellationToken);
}
