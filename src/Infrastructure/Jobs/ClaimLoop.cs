using Microsoft.Extensions.Hosting;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// The loop of the workers that take rows off a queue (generation jobs, data exports): while the app is not
/// stopping, ask whether anything is due (a query, so that an idle tick writes no audit entry), claim it (a
/// command), and work it. The item in hand is finished before stopping, so that shutting down does not leave it to
/// wait for its lease.
/// </summary>
internal static class ClaimLoop
{
    /// <summary>Returns how many claims were taken (worked, retried later, or failed).</summary>
    public static async Task<int> RunAsync<TClaim>(
        IHostApplicationLifetime lifetime, Func<Task<bool>> anyDue, Func<Task<TClaim?>> claim, Func<TClaim, Task> work)
        where TClaim : class
    {
        var taken = 0;
        while (!lifetime.ApplicationStopping.IsCancellationRequested && await anyDue() && await claim() is { } claimed)
        {
            taken++;
            await work(claimed);
        }

        return taken;
    }
}
