using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.ModelImprovement.ListTrainingSet;

namespace Pixyer.Api.IntegrationTests.Features.ModelImprovement;

public sealed class TrainingSetTests(PixyerApiFactory app) : GenerationTest(app)
{
    private const string TrainingSet = "/api/v1/admin/training-set";

    [Fact]
    [Trait("Obligation", "U3")]
    [Trait("Obligation", "G4")]
    public async Task TrainingSet_ShouldHoldOnlyTheDataOfPeopleWhoseModelImprovementConsentStandsAndLoseItOnWithdrawal()
    {
        var officer = await SignUpAdminAsync();
        var consenting = await SignUpAsync();
        var refusing = await SignUpAsync();
        var upload = await consenting.UploadPhotoAsync(BottleRed);
        var refused = await refusing.UploadPhotoAsync(BottleRed);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var generation = await RequestAcceptedAsync(consenting, upload);
        await RequestAcceptedAsync(refusing, refused);
        Assert.Equal(2, await RunWorkerAsync());
        var asset = Assert.Single((await GetGenerationAsync(consenting, generation)).AssetIds);
        await SetModelImprovementAsync(consenting, true);
        await SetModelImprovementAsync(refusing, true);
        await SetModelImprovementAsync(refusing, false);

        var granted = await officer.Client.GetFromJsonAsync<Paged<TrainingSetItem>>(TrainingSet);
        await SetModelImprovementAsync(consenting, false);
        var withdrawn = await officer.Client.GetFromJsonAsync<Paged<TrainingSetItem>>(TrainingSet);

        Assert.Equal(2, granted!.Total);
        Assert.Equal(
            [("asset", asset, consenting.User.Id, 1080, 1080), ("upload", upload, consenting.User.Id, 600, 900)],
            granted.Items.Select(i => (i.Kind, i.Id, i.OwnerId, i.Width, i.Height)));
        Assert.Equal((0, 0), (withdrawn!.Total, withdrawn.Items.Count));
    }

    [Fact]
    [Trait("Obligation", "U3")]
    [Trait("Obligation", "P1")]
    public async Task TrainingSet_WhenCustomerAsks_ShouldAnswer403AndEveryStaffListingIsAudited()
    {
        var officer = await SignUpAdminAsync();
        var customer = await SignUpAsync();
        await SetModelImprovementAsync(customer, true);
        await customer.UploadPhotoAsync(BottleRed);

        var refused = await customer.Client.GetAsync(TrainingSet);
        var listed = await officer.Client.GetAsync($"{TrainingSet}?page=1&pageSize=10");
        var badPage = await officer.Client.GetAsync($"{TrainingSet}?pageSize=0");

        await Expect.ProblemAsync(refused, HttpStatusCode.Forbidden, "forbidden");
        await Expect.StatusAsync(listed, HttpStatusCode.OK);
        await Expect.ProblemAsync(badPage, HttpStatusCode.BadRequest, "validation");
        var audited = await WithDatabaseAsync(db => db.AuditEntries
            .Where(e => e.RequestName == nameof(ListTrainingSetQuery))
            .OrderBy(e => e.Position)
            .Select(e => e.ActorId)
            .ToListAsync());
        Assert.Equal([customer.User.Id, officer.User.Id, officer.User.Id], audited);
    }

    [Fact]
    [Trait("Obligation", "U3")]
    public async Task TrainingSet_WhenManyPeopleConsented_ShouldPageNewestFirst()
    {
        var officer = await SignUpAdminAsync();
        var owner = await SignUpAsync();
        await SetModelImprovementAsync(owner, true);
        var uploads = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            uploads.Add(await owner.UploadPhotoAsync(BottleRed));
            App.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var second = await officer.Client.GetFromJsonAsync<Paged<TrainingSetItem>>($"{TrainingSet}?page=2&pageSize=2");

        Assert.Equal((3, 2, 2), (second!.Total, second.Page, second.PageSize));
        Assert.Equal([uploads[0]], second.Items.Select(i => i.Id));
    }

    [Fact]
    [Trait("Obligation", "U3")]
    public async Task TrainingSet_WhenUploadsAndAssetsShareATime_ShouldPageEachOnceInTheOrderOfTheWholeList()
    {
        var officer = await SignUpAdminAsync();
        var owner = await SignUpAsync();
        await SetModelImprovementAsync(owner, true);
        var upload = await owner.UploadPhotoAsync(BottleRed);
        await owner.UploadPhotoAsync(BottleRed);
        await owner.UploadPhotoAsync(BottleRed);
        await RequestAcceptedAsync(owner, upload);
        Assert.Equal(1, await RunWorkerAsync());

        var whole = await officer.Client.GetFromJsonAsync<Paged<TrainingSetItem>>($"{TrainingSet}?pageSize=100");
        var paged = new List<Guid>();
        for (var page = 1; page <= whole!.Total; page++)
        {
            var one = await officer.Client.GetFromJsonAsync<Paged<TrainingSetItem>>($"{TrainingSet}?page={page}&pageSize=1");
            paged.AddRange(one!.Items.Select(i => i.Id));
        }

        Assert.Equal(4, whole.Total);
        Assert.Single(whole.Items.Select(i => i.CreatedAt).Distinct());
        Assert.Equal(whole.Items.Select(i => i.Id), paged);
    }

    private static async Task SetModelImprovementAsync(SignedIn user, bool granted) =>
        await Expect.StatusAsync(
            await user.Client.PutAsJsonAsync("/api/v1/me/consents/model_improvement", new { granted }), HttpStatusCode.OK);
}
