using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Infrastructure.Persistence;

internal sealed class RowClaims(PixyerDbContext db) : IRowClaims
{
    public async Task<bool> TryLockAsync<TEntity>(Guid id, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (db.Provider != DatabaseProvider.PostgreSql)
        {
            return true;
        }

        var table = db.Model.FindEntityType(typeof(TEntity))?.GetTableName()
                    ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table.");
        // The table name comes from the model, never from input; the id is a parameter.
        var sql = "SELECT id AS \"Value\" FROM " + table + " WHERE id = {0} FOR UPDATE SKIP LOCKED";
        var locked = await db.Database.SqlQueryRaw<Guid>(sql, id).ToListAsync(cancellationToken);
        return locked.Count == 1;
    }
}
