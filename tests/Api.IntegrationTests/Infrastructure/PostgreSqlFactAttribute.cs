using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A test of something only PostgreSQL has (row locks that writers skip, the clustered job store). It carries the
/// trait <c>Database=PostgreSQL</c> and is skipped, with its reason, in the SQLite run.
/// </summary>
[TraitDiscoverer("Pixyer.Api.IntegrationTests.Infrastructure.PostgreSqlOnlyTraitDiscoverer", TestAssembly.Name)]
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlFactAttribute : FactAttribute, ITraitAttribute
{
    public PostgreSqlFactAttribute(string why)
    {
        Why = why;
        if (TestDatabase.Provider != TestProvider.PostgreSql)
        {
            Skip = $"PostgreSQL only: {why}";
        }
    }

    public string Why { get; }
}

public sealed class PostgreSqlOnlyTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) => [new("Database", "PostgreSQL")];
}

public static class TestAssembly
{
#if SQLITE_SUITE
    public const string Name = "Pixyer.Api.IntegrationTests.Sqlite";
#else
    public const string Name = "Pixyer.Api.IntegrationTests";
#endif
}
