namespace Pixyer.Infrastructure.Persistence;

public enum DatabaseProvider
{
    /// <summary>The embedded default: a file under the data folder, no server needed.</summary>
    Sqlite,

    /// <summary>Production and integration tests.</summary>
    PostgreSql,
}
