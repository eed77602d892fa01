using Pixyer.Application.Features.Generations;
using Pixyer.Domain.Advertising;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Advertising;

/// <summary>The segments of one person's activity in the window: templates used, running plan, generation volume.</summary>
public static class AdSegmentation
{
    private static readonly Dictionary<string, AdSegment> TemplateSegments = new Dictionary<string, AdSegment>(StringComparer.Ordinal)
    {
        [GenerationCatalog.Studio] = AdSegment.TemplateStudio,
        [GenerationCatalog.Gradient] = AdSegment.TemplateGradient,
        [GenerationCatalog.SurfaceShadow] = AdSegment.TemplateSurfaceShadow,
    };

    /// <summary>The segment of a catalog template; a template no longer in the catalog places nobody.</summary>
    public static AdSegment? OfTemplate(string template) => TemplateSegments.TryGetValue(template, out var segment) ? segment : null;

    public static IEnumerable<AdSegment> Of(IReadOnlyCollection<(string Template, int Generations)> usage, BillingInterval? runningPlan)
    {
        var segments = usage.Select(u => OfTemplate(u.Template)).Append(AdSegments.OfPlan(runningPlan)).Append(AdSegments.OfVolume(usage.Sum(u => u.Generations)));
        return segments.OfType<AdSegment>();
    }
}
