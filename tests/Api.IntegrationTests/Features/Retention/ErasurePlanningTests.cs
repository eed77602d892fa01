using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Api.IntegrationTests.Features.Retention;

/// <summary>An erasure's statements are planned for any batch (<see cref="IErasurePlanning"/>), the rest of its transaction as usual.</summary>
public sealed class ErasurePlanningTests(PixyerApiFactory app) : ApiTest(app)
{
    [PostgreSqlFact("plan_cache_mode is PostgreSQL's; SQLite plans each statement for its parameters")]
    [Trait("Obligation", "R2")]
    public async Task PlanForAnyBatch_ShouldHoldForTheEraseOnly_AndNotForTheLedgerAndAuditAfterIt()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var before = await PlanCacheModeAsync(db);
        string? during = null;

        await scope.ServiceProvider.GetRequiredService<IErasurePlanning>().PlanForAnyBatchAsync(
            async () => during = await PlanCacheModeAsync(db), CancellationToken.None);

        Assert.Equal(("auto", "force_generic_plan", "auto"), (before, during, await PlanCacheModeAsync(db)));
    }

    private static Task<string> PlanCacheModeAsync(PixyerDbContext db) =>
        db.Database.SqlQuery<string>($"SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync();
}
