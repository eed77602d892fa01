using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Privacy.ListProcessingActivities;
using Pixyer.Application.Features.Privacy.ListRecipientCategories;

namespace Pixyer.Api.IntegrationTests.Features.Privacy;

public sealed class RecipientCategoriesTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "S2")]
    public async Task Recipients_ShouldListEveryCategoryOfThePolicy()
    {
        var categories = await Client.GetOkAsync<RecipientCategoryList>(PrivacyRequests.Recipients);

        Assert.Equal(
            [
                "partners_and_service_providers", "business_needs", "cloud_storage", "large_model_providers", "cloud_rendering",
                "marketing_and_email_platforms", "payment_providers", "others_with_consent", "authorities", "public", "new_holders",
            ],
            categories.Items.Select(c => c.Name));
        Assert.Equal(11, categories.Total);
        Assert.All(categories.Items, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
        Assert.All(categories.Items, c => Assert.Empty(c.Recipients));
    }

    [Fact]
    [Trait("Obligation", "S2")]
    [Trait("Obligation", "D1")]
    public async Task Recipients_ShouldRequireThirdPartySharingConsentForBusinessNeedsAndConsentForOthers()
    {
        var categories = (await Client.GetOkAsync<RecipientCategoryList>(PrivacyRequests.Recipients)).Items.ToDictionary(c => c.Name);

        Assert.Equal((true, "third_party_sharing"), (categories["business_needs"].RequiresConsent, categories["business_needs"].ConsentPurpose));
        Assert.Equal((true, null), (categories["others_with_consent"].RequiresConsent, categories["others_with_consent"].ConsentPurpose));
        Assert.Equal((true, "public_disclosure"), (categories["public"].RequiresConsent, categories["public"].ConsentPurpose));
        Assert.All(
            categories.Values.Where(c => c.Name is not ("business_needs" or "others_with_consent" or "public")),
            c => Assert.Equal((false, null), (c.RequiresConsent, c.ConsentPurpose)));
    }

    [Fact]
    [Trait("Obligation", "S2")]
    [Trait("Obligation", "U1")]
    public async Task Register_ShouldNameOnlyListedRecipientCategories()
    {
        var listed = (await Client.GetOkAsync<RecipientCategoryList>(PrivacyRequests.Recipients)).Items.Select(c => c.Name).ToHashSet();
        var register = await Client.GetOkAsync<ProcessingActivityList>(PrivacyRequests.Register);

        var named = register.Items.SelectMany(a => a.RecipientCategories).ToHashSet();

        Assert.NotEmpty(named);
        Assert.Subset(listed, named);
    }
}
