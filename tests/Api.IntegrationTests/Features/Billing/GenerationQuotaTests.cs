using System.Net;
using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Subscriptions.Subscribe;

namespace Pixyer.Api.IntegrationTests.Features.Billing;

public sealed class GenerationQuotaTests(PixyerApiFactory app) : BillingTest(app)
{
    [Fact]
    [Trait("Obligation", "C8")]
    public async Task TheFreeTierAndThePlansIncludedGenerations_ShouldBeHonoured()
    {
        await using var node = App.WithSettings(new() { ["Pixyer:Payments:FreeGenerationsPerMonth"] = "1" });
        var admin = await StaffAsync();
        await PublishPlanAsync(admin, "trio", priceMinor: 500, includedGenerations: 3);
        var user = await SignUpAsync();
        using var client = node.CreateApiClient();
        client.DefaultRequestHeaders.Authorization = user.Client.DefaultRequestHeaders.Authorization;
        var onNode = user with { Client = client };
        var upload = await onNode.UploadPhotoAsync(BottleRed);

        await Expect.StatusAsync(await RequestGenerationAsync(onNode, upload), HttpStatusCode.Accepted);
        var overFree = await Expect.ProblemAsync(await RequestGenerationAsync(onNode, upload), HttpStatusCode.PaymentRequired, "quota-exceeded");
        Assert.Equal(1, overFree.GetProperty("included").GetInt32());

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var card = await AddedCardAsync(user);
        var subscribed = await SubscribeAsync(user, "trio", card.Id, "trio-1");
        await Expect.StatusAsync(subscribed, HttpStatusCode.Created);
        var periodEnd = (await subscribed.Content.ReadFromJsonAsync<SubscriptionReceipt>())!.Subscription.CurrentPeriodEnd;
        for (var i = 0; i < 3; i++)
        {
            await Expect.StatusAsync(await RequestGenerationAsync(onNode, upload), HttpStatusCode.Accepted);
        }

        var overPlan = await Expect.ProblemAsync(await RequestGenerationAsync(onNode, upload), HttpStatusCode.PaymentRequired, "quota-exceeded");
        Assert.Equal(3, overPlan.GetProperty("included").GetInt32());
        Assert.Equal(periodEnd, overPlan.GetProperty("renewsAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
    }
}
