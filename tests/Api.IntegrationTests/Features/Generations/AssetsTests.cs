using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Assets;
using Pixyer.Domain.Assets;

namespace Pixyer.Api.IntegrationTests.Features.Generations;

public sealed class AssetsTests(PixyerApiFactory app) : GenerationTest(app)
{
    [Fact]
    [Trait("Obligation", "C3")]
    public async Task ListAssets_ShouldPageMineNewestFirstAndFilterByUpload()
    {
        var me = await SignUpAsync();
        var bottles = await me.UploadPhotoAsync(BottleRed);
        var jars = await me.UploadPhotoAsync(new SkiaSharp.SKColor(0x1E, 0x88, 0xE5));
        await RequestAcceptedAsync(me, bottles, "studio", ["square", "banner"]);
        await RunWorkerAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var later = await RequestAcceptedAsync(me, jars, "gradient", ["story"]);
        await RunWorkerAsync();

        var first = await me.Client.GetFromJsonAsync<Paged<AssetDto>>("/api/v1/assets?pageSize=2");
        var second = await me.Client.GetFromJsonAsync<Paged<AssetDto>>("/api/v1/assets?pageSize=2&page=2");
        var ofJars = await me.Client.GetFromJsonAsync<Paged<AssetDto>>($"/api/v1/assets?uploadId={jars}");

        Assert.Equal((3, 2, 1), (first!.Total, first.Items.Count, second!.Items.Count));
        Assert.Equal((later, "story", "gradient", 1080, 1920), (first.Items[0].GenerationId, first.Items[0].Format, first.Items[0].Template, first.Items[0].Width, first.Items[0].Height));
        Assert.True(first.Items[0].CreatedAt > second.Items[0].CreatedAt);
        Assert.All(first.Items.Concat(second.Items), a => Assert.Equal("image/jpeg", a.ContentType));
        Assert.Equal(3, first.Items.Concat(second.Items).Select(a => a.Id).Distinct().Count());
        Assert.Equal(jars, Assert.Single(ofJars!.Items).UploadId);
    }

    [Theory]
    [Trait("Obligation", "C3")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=101")]
    [InlineData("page=0")]
    public async Task ListAssets_WhenThePageIsOutOfRange_ShouldAnswer400(string query)
    {
        var me = await SignUpAsync();

        await Expect.ProblemAsync(await me.Client.GetAsync($"/api/v1/assets?{query}"), HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task DeleteAsset_ShouldRemoveItsRowAndItsFileAndNothingElse()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        var job = await RequestAcceptedAsync(me, upload, "surface_shadow", ["square", "banner"]);
        await RunWorkerAsync();
        var produced = (await GetGenerationAsync(me, job)).AssetIds;
        var (gone, kept) = (produced[0], produced[1]);
        var goneKey = await WithDatabaseAsync(db => db.Assets.Where(a => a.Id == new AssetId(gone)).Select(a => a.FileKey).SingleAsync());

        await Expect.StatusAsync(await me.Client.DeleteAsync($"/api/v1/assets/{gone}"), HttpStatusCode.NoContent);

        await Expect.ProblemAsync(await me.Client.GetAsync($"/api/v1/assets/{gone}"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await me.Client.GetAsync($"/api/v1/assets/{gone}/content"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await me.Client.DeleteAsync($"/api/v1/assets/{gone}"), HttpStatusCode.NotFound, "not-found");
        Assert.Null(await App.Services.GetRequiredService<IFileStore>().OpenReadAsync(goneKey, CancellationToken.None));
        var state = await GetGenerationAsync(me, job);
        Assert.Equal(("succeeded", kept), (state.Status, Assert.Single(state.AssetIds)));
        using var image = await DownloadAsync(me, kept);
        Assert.Equal((1200, 628), (image.Width, image.Height));
    }
}
