using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Infrastructure.Persistence;

internal sealed class KeptOnRollback(IServiceScopeFactory scopes, CommitHooks hooks) : IKeptOnRollback
{
    public void Keep(params object[] rows) =>
        hooks.OnRolledBack(async cancellationToken =>
        {
            // The rolled-back context forgot them; a fresh one inserts them as they were.
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
            store.AddRange(rows);
            await store.SaveChangesAsync(cancellationToken);
        });
}
