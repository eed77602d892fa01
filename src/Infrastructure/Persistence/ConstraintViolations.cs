using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Infrastructure.Persistence;

internal sealed class ConstraintViolations : IConstraintViolations
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintForeignKey = 787;

    public bool IsUniqueViolation(Exception exception) => exception switch
    {
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => true,
        DbUpdateException { InnerException: SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } } => true,
        _ => false,
    };

    public bool IsForeignKeyViolation(Exception exception) => exception switch
    {
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } } => true,
        DbUpdateException { InnerException: SqliteException { SqliteExtendedErrorCode: SqliteConstraintForeignKey } } => true,
        _ => false,
    };
}
