using System.Net;
using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Feedback;

namespace Pixyer.Api.IntegrationTests.Features.Feedback;

/// <summary>A person rates a service or one of their own items of it, lists and deletes their feedback; it is exported and erased.</summary>
[Trait("Obligation", "C5")]
public sealed class FeedbackTests(PixyerApiFactory app) : GenerationTest(app)
{
    private const string MyFeedback = "/api/v1/me/feedback";

    [Fact]
    public async Task Give_OnMyGenerationAndInGeneral_ShouldBeListedNewestFirstAndDeletable()
    {
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        var generation = await RequestAcceptedAsync(me, await me.UploadPhotoAsync(BottleRed));
        await GiveAsync(other, new { service = "general", rating = 1, text = "Not mine to see" });

        var onGeneration = await GiveAsync(me, new { service = "generation", reference = generation, rating = 4, text = "  Crisp banners  " });
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var general = await GiveAsync(me, new { service = "general", rating = 5 });

        Assert.Equal(("generation", generation, 4, "Crisp banners"), (onGeneration.Service, onGeneration.Reference, onGeneration.Rating, onGeneration.Text));
        Assert.Equal([general.Id, onGeneration.Id], await ListIdsAsync(me));
        var firstPage = (await me.Client.GetFromJsonAsync<Paged<FeedbackDto>>($"{MyFeedback}?page=1&pageSize=1"))!;
        Assert.Equal((2, general.Id), (firstPage.Total, Assert.Single(firstPage.Items).Id));

        await Expect.StatusAsync(await me.Client.DeleteAsync($"{MyFeedback}/{onGeneration.Id}"), HttpStatusCode.NoContent);

        Assert.Equal([general.Id], await ListIdsAsync(me));
        await Expect.ProblemAsync(await me.Client.DeleteAsync($"{MyFeedback}/{onGeneration.Id}"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task AnotherPersonsFeedbackOrGeneration_ShouldAnswer404AndChangeNothing()
    {
        var owner = await SignUpAsync();
        var intruder = await SignUpAsync();
        var generation = await RequestAcceptedAsync(owner, await owner.UploadPhotoAsync(BottleRed));
        var feedback = await GiveAsync(owner, new { service = "generation", reference = generation, rating = 3 });

        await Expect.ProblemAsync(await intruder.Client.DeleteAsync($"{MyFeedback}/{feedback.Id}"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(
            await intruder.Client.PostAsJsonAsync(MyFeedback, new { service = "generation", reference = generation, rating = 1 }), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(
            await intruder.Client.PostAsJsonAsync(MyFeedback, new { service = "subscription", reference = generation, rating = 1 }), HttpStatusCode.NotFound, "not-found");

        Assert.Equal([feedback.Id], await ListIdsAsync(owner));
        Assert.Empty(await ListIdsAsync(intruder));
    }

    [Theory]
    [InlineData("generation", 0, null, "rating")]
    [InlineData("generation", 6, null, "rating")]
    [InlineData("support", 3, null, "service")]
    [InlineData("general", 3, "0193a5f0-0000-7000-8000-000000000001", "reference")]
    public async Task Give_WhenInvalid_ShouldAnswer400NamingTheField(string service, int rating, string? reference, string field)
    {
        var me = await SignUpAsync();

        var response = await me.Client.PostAsJsonAsync(MyFeedback, new { service, reference = reference is null ? (Guid?)null : Guid.Parse(reference), rating });

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Empty(await ListIdsAsync(me));
    }

    [Fact]
    public async Task Give_WhenTextIsLongerThan2000Characters_ShouldAnswer400()
    {
        var me = await SignUpAsync();

        var response = await me.Client.PostAsJsonAsync(MyFeedback, new { service = "general", rating = 3, text = new string('x', 2001) });

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Export_ShouldHoldMyFeedbackAndNothingOfAnothersAndErasureShouldRemoveIt()
    {
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        var mine = await GiveAsync(me, new { service = "general", rating = 2, text = "Mine: slow checkout" });
        var theirs = await GiveAsync(other, new { service = "general", rating = 5, text = "Theirs: lovely" });

        var export = (await PersonalDataRegistry.ExportAsync(App.Services, me.User.Id))["feedback"];

        var exported = Assert.Single(export.EnumerateArray());
        Assert.Equal(mine.Id, exported.GetProperty("id").GetGuid());
        Assert.Equal(("general", 2, "Mine: slow checkout"), (exported.GetProperty("service").GetString(), exported.GetProperty("rating").GetInt32(), exported.GetProperty("text").GetString()));
        Assert.DoesNotContain(theirs.Id.ToString(), export.GetRawText(), StringComparison.OrdinalIgnoreCase);

        await App.EraseAsync(me.User.Id);

        Assert.Empty(await DatabaseScan.FindAsync(App, "Mine: slow checkout"));
        Assert.Equal([theirs.Id], await ListIdsAsync(other));
    }

    private static async Task<FeedbackDto> GiveAsync(SignedIn user, object body)
    {
        var response = await user.Client.PostAsJsonAsync(MyFeedback, body);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<FeedbackDto>())!;
    }

    private static async Task<IReadOnlyList<Guid>> ListIdsAsync(SignedIn user) =>
        (await user.Client.GetFromJsonAsync<Paged<FeedbackDto>>(MyFeedback))!.Items.Select(f => f.Id).ToList();
}
