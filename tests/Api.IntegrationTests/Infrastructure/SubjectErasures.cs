using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Erases subjects the way a deletion does (every source, and an entry in the erasure ledger), in one transaction,
/// for tests of what happens after an erasure; the deletion request itself is tested over HTTP elsewhere.
/// </summary>
public static class SubjectErasures
{
    public static async Task EraseAsync(this PixyerApiFactory app, params Guid[] subjects)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await using var transaction = await unitOfWork.BeginAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<SubjectErasure>()
            .EraseAsync(subjects.Select(s => new AccountId(s)).ToList(), ErasureReason.Deletion, CancellationToken.None);
        await unitOfWork.CommitAsync(CancellationToken.None);
        await CommittedHooks.RunAsync(scope.ServiceProvider);
    }
}
