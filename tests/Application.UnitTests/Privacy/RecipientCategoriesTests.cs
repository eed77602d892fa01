using Pixyer.Application.Features.Privacy;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.UnitTests.Privacy;

[Trait("Obligation", "S1")]
[Trait("Obligation", "S2")]
public sealed class RecipientCategoriesTests
{
    [Theory]
    [InlineData(RecipientCategory.LargeModelProviders, DataCategory.Uploads, true)]
    [InlineData(RecipientCategory.CloudRendering, DataCategory.GeneratedAssets, true)]
    [InlineData(RecipientCategory.MarketingAndEmailPlatforms, DataCategory.Contact, true)]
    [InlineData(RecipientCategory.MarketingAndEmailPlatforms, DataCategory.AdvertisingProfile, true)]
    [InlineData(RecipientCategory.LargeModelProviders, DataCategory.AdvertisingProfile, false)]
    [InlineData(RecipientCategory.PaymentProviders, DataCategory.Payment, true)]
    [InlineData(RecipientCategory.LargeModelProviders, DataCategory.Payment, false)]
    [InlineData(RecipientCategory.MarketingAndEmailPlatforms, DataCategory.Uploads, false)]
    [InlineData(RecipientCategory.PaymentProviders, DataCategory.DateOfBirth, false)]
    [InlineData(RecipientCategory.BusinessNeeds, DataCategory.Identity, true)]
    [InlineData(RecipientCategory.BusinessNeeds, DataCategory.None, false)]
    public void MayReceive_ShouldFollowTheRegistersDeclarations(RecipientCategory recipient, DataCategory data, bool expected) =>
        Assert.Equal(expected, RecipientCategories.MayReceive(recipient, data));

    [Fact]
    public void MayReceive_ShouldAgreeWithTheRecipientsTheRegisterListsForEachCategory()
    {
        var declared = Enum.GetValues<DataCategory>()
            .SelectMany(data => RecipientCategories.For(data).Select(recipient => (recipient, data)))
            .ToList();
        Assert.NotEmpty(declared);

        Assert.All(declared, d => Assert.True(RecipientCategories.MayReceive(d.recipient, d.data), $"{d.recipient} may not receive {d.data}"));
    }
}
