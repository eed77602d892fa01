namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>All HTTP tests share one app and one database, one test at a time, and the S3 server the S3 tests start.</summary>
[CollectionDefinition(Name)]
public sealed class ApiTestGroup : ICollectionFixture<PixyerApiFactory>, ICollectionFixture<S3Server>
{
    public const string Name = "api";
}
