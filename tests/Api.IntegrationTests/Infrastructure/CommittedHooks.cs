using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// For the helpers that commit a unit of work themselves: runs what the unit-of-work behavior runs after a commit (the
/// erased subjects' files and delivered mails go, the database reclaims the erased rows).
/// </summary>
public static class CommittedHooks
{
    public static async Task RunAsync(IServiceProvider scope)
    {
        foreach (var hook in scope.GetRequiredService<CommitHooks>().Take(commitSucceeded: true))
        {
            await hook(CancellationToken.None);
        }
    }
}
