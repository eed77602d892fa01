using Microsoft.EntityFrameworkCore;

namespace Pixyer.Infrastructure.Persistence;

public sealed class PostgresPixyerDbContext(DbContextOptions<PostgresPixyerDbContext> options) : PixyerDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
