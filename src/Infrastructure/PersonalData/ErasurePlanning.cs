using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.PersonalData;

/// <summary>
/// PostgreSQL: <c>SET LOCAL plan_cache_mode = force_generic_plan</c> for the erase's statements, so that each is planned once without
/// looking at the 20,000 ids of its array: the plan looks a subject up in the column's index where the table is large
/// and reads an empty or small table through, and planning no longer costs a selectivity estimate per id. This holds
/// only while each optional column is compared as <c>column != null &amp;&amp; ids.Contains(column.Value)</c>
/// (<see cref="SubjectIds"/>). SQLite binds one parameter per id and looks each up by index.
/// </summary>
internal sealed class ErasurePlanning(PixyerDbContext db) : IErasurePlanning
{
    public async Task PlanForAnyBatchAsync(Func<Task> statements, CancellationToken cancellationToken)
    {
        if (db.Provider != DatabaseProvider.PostgreSql)
        {
            await statements();
            return;
        }

        await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_generic_plan", cancellationToken);
        await statements();
        await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = DEFAULT", cancellationToken);
    }
}
