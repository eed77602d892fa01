using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Auditing;
using Pixyer.Domain.Auditing;

namespace Pixyer.Bench;

/// <summary>
/// Bench only: auditing switched off, for the <c>unaudited</c> path of scenario <c>audit</c>. While <see cref="Off"/>,
/// every <see cref="IAuditTrail"/> the API resolves appends nothing, neither in the command's unit of work nor in a
/// transaction of its own; the rest of the pipeline (transaction, idempotency record, hooks) runs as in production.
/// Paths run one at a time, never together, so one process-wide switch set before each round serves.
/// </summary>
internal sealed class AuditSwitch
{
    private volatile bool off;

    public bool Off
    {
        get => off;
        set => off = value;
    }

    /// <summary>The API's own <see cref="IAuditTrail"/> (same lifetime, same scope) unless the switch is off.</summary>
    public void Register(IServiceCollection services) =>
        ServiceSwap.Wrap<IAuditTrail>(services, (_, audited) => Off ? NoAuditTrail.Instance : audited());

    private sealed class NoAuditTrail : IAuditTrail
    {
        public static readonly NoAuditTrail Instance = new();

        public void Append(AuditRecord record)
        {
        }

        public Task AppendInOwnTransactionAsync(AuditRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
