using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Features.Exports;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Application.Features.Exports;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Files;

/// <summary>
/// Two API nodes on one database and one bucket, each with a data folder of its own (sharing only the configured
/// master and hashing keys, as the nodes of a cluster must): whatever one node stores, the other serves. PostgreSQL
/// only, as a cluster is.
/// </summary>
[Trait("Obligation", "C3")]
public sealed class TwoNodesOnS3Tests(PixyerApiFactory app, S3Server s3) : ExportTest(app), IAsyncLifetime
{
    private const string OneDatabaseOfTwoMachines =
        "nodes on two machines share a database server; the embedded SQLite file lives in one node's data folder";

    private readonly string otherDataDirectory = Path.Combine(Path.GetTempPath(), $"pixyer-node-b-{Guid.NewGuid():N}");
    private WebApplicationFactory<Program>? nodeA;
    private WebApplicationFactory<Program>? nodeB;

    [PostgreSqlFact(OneDatabaseOfTwoMachines)]
    public async Task AFileStoredThroughOneNode_ShouldBeServedByteForByteByTheOther_AndToNoOtherUser()
    {
        var me = await SignUpAsync();
        var stranger = await SignUpAsync();
        var (a, b) = await StartNodesAsync();

        var upload = await On(a, me).UploadPhotoAsync(BottleRed);

        var fromA = await On(a, me).Client.GetByteArrayAsync($"/api/v1/uploads/{upload}/content");
        var fromB = await On(b, me).Client.GetByteArrayAsync($"/api/v1/uploads/{upload}/content");
        Assert.NotEmpty(fromA);
        Assert.Equal(fromA, fromB);
        await Expect.StatusAsync(await On(b, stranger).Client.GetAsync($"/api/v1/uploads/{upload}/content"), HttpStatusCode.NotFound);
        var owner = new AccountId(me.User.Id);
        Assert.NotEmpty(await b.Services.GetRequiredService<IFileStore>().ListAsync(owner, CancellationToken.None));
        Assert.Empty(await App.Services.GetRequiredService<IFileStore>().ListAsync(owner, CancellationToken.None));
    }

    [PostgreSqlFact(OneDatabaseOfTwoMachines)]
    public async Task AnAssetRenderedAndAnExportBuiltOnOneNode_ShouldBeDownloadableFromTheOther_AndNotByAnotherUser()
    {
        var me = await SignUpAsync();
        var stranger = await SignUpAsync();
        var (a, b) = await StartNodesAsync();
        var upload = await On(b, me).UploadPhotoAsync(BottleRed);
        var job = await RequestAcceptedAsync(On(a, me), upload);
        Assert.Equal(1, await RunWorkerAsync("node-a", a.Services));
        var asset = Assert.Single((await GetGenerationAsync(On(a, me), job)).AssetIds);

        var assetFromA = await On(a, me).Client.GetByteArrayAsync($"/api/v1/assets/{asset}/content");
        var assetFromB = await On(b, me).Client.GetByteArrayAsync($"/api/v1/assets/{asset}/content");
        Assert.Equal(assetFromA, assetFromB);
        await Expect.StatusAsync(await On(a, stranger).Client.GetAsync($"/api/v1/assets/{asset}/content"), HttpStatusCode.NotFound);

        var export = await RequestExportAsync(On(b, me));
        Assert.Equal(1, await b.Services.GetRequiredService<ExportWorker>().RunAsync("node-b", CancellationToken.None));
        var state = (await On(a, me).Client.GetFromJsonAsync<ExportState>($"/api/v1/me/exports/{export}"))!;
        Assert.Equal("ready", state.Status);
        var entries = Unzip(await On(a, me).Client.GetByteArrayAsync(state.DownloadUrl));
        Assert.Contains(entries.Values, content => content.AsSpan().SequenceEqual(assetFromA));
        await Expect.StatusAsync(await On(a, stranger).Client.GetAsync(state.DownloadUrl), HttpStatusCode.NotFound);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var node in new[] { nodeA, nodeB })
        {
            if (node is not null)
            {
                await node.DisposeAsync();
            }
        }

        if (Directory.Exists(otherDataDirectory))
        {
            Directory.Delete(otherDataDirectory, recursive: true);
        }

        await DisposeAsync();
    }

    /// <summary>
    /// Node A shares the test app's data folder (and so its keys); node B has a folder of its own and is given the same
    /// master and hashing keys through configuration.
    /// </summary>
    private async Task<(WebApplicationFactory<Program> A, WebApplicationFactory<Program> B)> StartNodesAsync()
    {
        var settings = await s3.SettingsAsync();
        // The test app's key files exist once it has used each key.
        App.Services.GetRequiredService<IKeySealer>().Seal([0]);
        App.Services.GetRequiredService<IKeyedHasher>().Hash("warm-up");
        nodeA = App.WithSettings(settings);
        _ = nodeA.Server;
        var keys = Path.Combine(App.DataDirectory, "keys");
        nodeB = App.WithSettings(new Dictionary<string, string>(settings)
        {
            ["Pixyer:DataDirectory"] = otherDataDirectory,
            ["Pixyer:MasterKey"] = await File.ReadAllTextAsync(Path.Combine(keys, "master.key")),
            ["Pixyer:HashingKey"] = await File.ReadAllTextAsync(Path.Combine(keys, "hashing.key")),
        });
        return (nodeA, nodeB);
    }

    private static SignedIn On(WebApplicationFactory<Program> node, SignedIn user)
    {
        var client = node.CreateApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Session.Token);
        return user with { Client = client };
    }
}
