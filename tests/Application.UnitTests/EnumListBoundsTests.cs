using Pixyer.Application.Common;
using Pixyer.Application.Features;
using Pixyer.Application.Features.Generations;
using Pixyer.Domain.Advertising;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.UnitTests;

/// <summary>A list of distinct names can hold every name of its set: the maxItems the API promises must stay true when a value is added.</summary>
public sealed class EnumListBoundsTests
{
    [Fact]
    public void EveryBound_ShouldHoldEveryNameOfItsSet()
    {
        Assert.True(EnumListBounds.DataCategories >= Enum.GetValues<DataCategory>().Length);
        Assert.True(EnumListBounds.ConsentPurposes >= Enum.GetValues<ConsentPurpose>().Length);
        Assert.True(EnumListBounds.RecipientCategories >= Enum.GetValues<RecipientCategory>().Length);
        Assert.True(EnumListBounds.AdSegments >= Enum.GetValues<AdSegment>().Length);
        Assert.True(EnumListBounds.Roles >= RoleNames.All.Count);
        Assert.True(EnumListBounds.GenerationFormats >= GenerationCatalog.Formats.Count);
    }
}
