using Microsoft.Extensions.Hosting;
using Pixyer.Application.Features.BusinessTransfers.NotifyTransferredSubjects;
using Pixyer.Application.Features.BusinessTransfers.SuspendTransferredConsents;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Carries declared business transfers on (T1): mails the notices batch after batch, then suspends the changed consents
/// of the subjects of transfers that have taken effect. Each batch is its own command and transaction and marks what it
/// did, so a run cut short goes on where it stopped and nothing happens twice.
/// </summary>
public sealed class BusinessTransferRunner(SystemCommands system, IHostApplicationLifetime lifetime)
{
    /// <summary>Returns the notices queued and the grants suspended by this run.</summary>
    public async Task<(int Mailed, int Suspended)> RunAsync(CancellationToken cancellationToken)
    {
        var mailed = 0;
        TransferNoticeReport notices;
        do
        {
            notices = await system.SendAsync(new NotifyTransferredSubjectsCommand(), cancellationToken);
            mailed += notices.Mailed;
        }
        while (notices.MoreRemain && Running(cancellationToken));

        var suspended = 0;
        TransferEffectReport effects;
        do
        {
            effects = await system.SendAsync(new SuspendTransferredConsentsCommand(), cancellationToken);
            suspended += effects.Suspended;
        }
        while (effects.MoreRemain && Running(cancellationToken));

        return (mailed, suspended);
    }

    private bool Running(CancellationToken cancellationToken) =>
        !lifetime.ApplicationStopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested;
}
