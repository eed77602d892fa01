using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Domain.Backups;
using Pixyer.Domain.Jobs;
using Pixyer.Domain.Rights;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A real copy of the application's tables, taken into a scratch schema (PostgreSQL) or an attached scratch file
/// (SQLite), and its restore: the tables are emptied
/// and refilled from the copy, parents before children, so everything written since the copy is gone and every
/// erased row is back. The backup register and the erasure ledger are not restored: the documented restore
/// procedure keeps the current ones (docs/backups.md); nor is the scheduler's record of job runs, which a job may be
/// writing meanwhile. Rows are deleted rather than truncated, so that a job running meanwhile waits on rows, not
/// on locks over whole tables.
/// </summary>
public sealed class DatabaseBackup
{
    private static readonly Type[] KeptAcrossRestores = [typeof(Backup), typeof(ErasureLedgerEntry), typeof(JobRun)];

    private readonly PixyerApiFactory app;
    private readonly string schema = $"backup_{Guid.NewGuid():N}";

    private DatabaseBackup(PixyerApiFactory app) => this.app = app;

    private static bool Sqlite => TestDatabase.Provider == TestProvider.Sqlite;

    private static string Live => Sqlite ? "main" : "public";

    private string ScratchFile => Path.Combine(app.DataDirectory, $"{schema}.db");

    public static async Task<DatabaseBackup> TakeAsync(PixyerApiFactory app)
    {
        var backup = new DatabaseBackup(app);
        await backup.ExecuteAsync(
            (Sqlite ? "" : $"CREATE SCHEMA {backup.schema};")
            + string.Concat(backup.Tables().Select(t => $"CREATE TABLE {backup.schema}.\"{t}\" AS SELECT * FROM {Live}.\"{t}\";")));
        return backup;
    }

    /// <summary>Replaces the tables' rows with the copy's, then drops the copy.</summary>
    public async Task RestoreAsync()
    {
        var tables = Tables();
        await ExecuteAsync(
            string.Concat(Enumerable.Reverse(tables).Select(t => $"DELETE FROM {Live}.\"{t}\";"))
            + string.Concat(tables.Select(t => $"INSERT INTO {Live}.\"{t}\" SELECT * FROM {schema}.\"{t}\";"))
            + (Sqlite ? "" : $"DROP SCHEMA {schema} CASCADE;"));
        if (Sqlite)
        {
            File.Delete(ScratchFile);
        }
    }

    /// <summary>In one transaction; on SQLite with the scratch file attached around it (ATTACH cannot be in one).</summary>
    private Task ExecuteAsync(string sql) =>
        app.Database.ExecuteAsync(
            Sqlite
                ? $"ATTACH DATABASE '{ScratchFile}' AS {schema}; BEGIN IMMEDIATE; {sql} COMMIT; DETACH DATABASE {schema};"
                : $"BEGIN; {sql} COMMIT;");

    /// <summary>The application's tables, each after the tables its foreign keys point to.</summary>
    private List<string> Tables()
    {
        using var scope = app.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<PixyerDbContext>().Model;
        var parents = model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && !KeptAcrossRestores.Contains(e.ClrType))
            .GroupBy(e => e.GetTableName()!)
            .ToDictionary(
                g => g.Key,
                g => g.SelectMany(e => e.GetForeignKeys()).Select(fk => fk.PrincipalEntityType.GetTableName()!).Where(t => t != g.Key).ToHashSet());
        var ordered = new List<string>();
        while (ordered.Count < parents.Count)
        {
            var next = parents.Keys.Except(ordered).Where(t => parents[t].All(p => ordered.Contains(p) || !parents.ContainsKey(p))).Order().ToList();
            if (next.Count == 0)
            {
                throw new InvalidOperationException("The tables' foreign keys form a cycle.");
            }

            ordered.AddRange(next);
        }

        return ordered;
    }
}
