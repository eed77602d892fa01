using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Assets;

namespace Pixyer.Api.IntegrationTests.Features.Generations;

public sealed class GenerationOwnershipTests(PixyerApiFactory app) : GenerationTest(app)
{
    [Fact]
    [Trait("Obligation", "C3")]
    [Trait("Obligation", "P1")]
    public async Task UserB_WhenUsingUserAsUploadJobOrAsset_ShouldGet404AndLeaveThemIntact()
    {
        var a = await SignUpAsync();
        var b = await SignUpAsync();
        var upload = await a.UploadPhotoAsync(BottleRed);
        var job = await RequestAcceptedAsync(a, upload);
        await RunWorkerAsync();
        var asset = Assert.Single((await GetGenerationAsync(a, job)).AssetIds);

        HttpResponseMessage[] answers =
        [
            await RequestGenerationAsync(b, upload),
            await b.Client.GetAsync($"/api/v1/generations/{job}"),
            await b.Client.GetAsync($"/api/v1/assets/{asset}"),
            await b.Client.GetAsync($"/api/v1/assets/{asset}/content"),
            await b.Client.DeleteAsync($"/api/v1/assets/{asset}"),
        ];

        foreach (var answer in answers)
        {
            await Expect.ProblemAsync(answer, HttpStatusCode.NotFound, "not-found");
        }

        var bAssets = await b.Client.GetFromJsonAsync<Paged<AssetDto>>($"/api/v1/assets?uploadId={upload}");
        Assert.Equal(0, bAssets!.Total);
        Assert.Equal(1, await WithDatabaseAsync(db => db.GenerationJobs.CountAsync()));
        Assert.Equal("succeeded", (await GetGenerationAsync(a, job)).Status);
        using var image = await DownloadAsync(a, asset);
        Assert.Equal(1080, image.Width);
    }
}
