namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Keeps a worker's claim alive while it works: renews the lease every third of it, so that only a worker that
/// died (or lost the database for a whole lease) lets it run out. When a renewal finds the claim taken over, the
/// work is cancelled: its later steps would be refused anyway.
/// </summary>
internal static class LeaseHeartbeat
{
    /// <summary>Runs <paramref name="work"/> under renewals; false when the claim was lost and the work cancelled.</summary>
    public static async Task<bool> RunAsync(
        TimeSpan lease, Func<Task<bool>> renew, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var lost = false;
        var beats = Task.Run(
            async () =>
            {
                using var timer = new PeriodicTimer(lease / 3);
                while (await timer.WaitForNextTickAsync(stop.Token))
                {
                    if (!await RenewedOrUnknownAsync(renew))
                    {
                        lost = true;
                        await stop.CancelAsync();
                        return;
                    }
                }
            },
            CancellationToken.None);
        try
        {
            await work(stop.Token);
        }
        catch (OperationCanceledException) when (lost)
        {
        }
        finally
        {
            await stop.CancelAsync();
            await beats.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return !lost;
    }

    /// <summary>A renewal that failed (the database unreachable) is tried again at the next beat; only a refusal ends the claim.</summary>
    private static async Task<bool> RenewedOrUnknownAsync(Func<Task<bool>> renew)
    {
        try
        {
            return await renew();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return true;
        }
    }
}
