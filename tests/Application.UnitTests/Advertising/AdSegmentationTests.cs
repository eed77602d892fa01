using Pixyer.Application.Common;
using Pixyer.Application.Features.Advertising;
using Pixyer.Application.Features.Generations;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.UnitTests.Advertising;

[Trait("Obligation", "U3")]
public sealed class AdSegmentationTests
{
    [Fact]
    public void EveryCatalogTemplate_ShouldHaveASegmentOfItsOwn()
    {
        var segments = GenerationCatalog.Templates.Select(t => AdSegmentation.OfTemplate(t.Name)).ToList();

        Assert.All(segments, s => Assert.NotNull(s));
        Assert.Equal(segments.Count, segments.Distinct().Count());
        Assert.Null(AdSegmentation.OfTemplate("retired_template"));
    }

    [Fact]
    public void Of_ShouldNameTheTemplatesThePlanAndTheVolumeOfAllTemplatesTogether()
    {
        var segments = AdSegmentation.Of([(GenerationCatalog.Gradient, 3), (GenerationCatalog.Studio, 2), ("retired_template", 1)], BillingInterval.Year);

        Assert.Equal(["template_gradient", "template_studio", "yearly_plan", "regular_creator"], segments.Select(WireNames.Of));
    }

    [Fact]
    public void Of_WithoutActivity_ShouldNameOnlyThePlan() =>
        Assert.Equal(["free_plan"], AdSegmentation.Of([], null).Select(WireNames.Of));
}
