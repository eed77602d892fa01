namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>All HTTP tests share one app and one database, one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ApiTestGroup : ICollectionFixture<PixyerApiFactory>
{
    public const string Name = "api";
}
