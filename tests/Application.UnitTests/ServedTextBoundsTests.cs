using System.Reflection;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Jobs;
using Pixyer.Application.Features.DeidentifiedExports;
using Pixyer.Application.Features.Exports;
using Pixyer.Application.Features.Generations;
using Pixyer.Application.Features.Privacy;
using Pixyer.Application.Features.Privacy.ListProcessingActivities;
using Pixyer.Application.Features.Showcases;
using Pixyer.Application.Features.Uploads;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.UnitTests;

/// <summary>
/// The texts the code itself serves (catalogue descriptions, retention rules, request names, links) stay within the
/// lengths and counts the OpenAPI document declares for them: a longer one added later fails here, not at a client.
/// </summary>
[Trait("Obligation", "P1")]
public sealed class ServedTextBoundsTests
{
    [Fact]
    public void CatalogueTexts_ShouldFitTheirDeclaredLengths()
    {
        Assert.All(ConsentPurposes.All, p => Assert.InRange(p.Description.Length, 1, ConsentPurposes.DescriptionMaxLength));
        Assert.All(RecipientCategories.All, c => Assert.InRange(c.Description.Length, 1, RecipientCategories.DescriptionMaxLength));
        Assert.All(Enum.GetValues<DataCategory>(), c => Assert.InRange(RetentionRules.For(c).Length, 1, RetentionRules.TextMaxLength));
        Assert.All(GenerationCatalog.Templates, t => Assert.InRange(t.Description.Length, 1, GenerationCatalog.DescriptionMaxLength));
        Assert.All(
            GenerationCatalog.Templates.Select(t => t.Name).Concat(GenerationCatalog.Formats.Select(f => f.Name)),
            name => Assert.InRange(name.Length, 1, GenerationCatalog.NameMaxLength));
    }

    [Fact]
    public void RequestNames_ShouldFitTheAuditTrailAndTheRegister()
    {
        var requests = typeof(ProcessingRegister).Assembly.GetTypes().Where(t => typeof(IMessage).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        Assert.NotEmpty(requests);
        Assert.All(requests, t => Assert.InRange(t.Name.Length, 1, AuditEntry.RequestNameMaxLength));
    }

    [Fact]
    public void ProcessingRegister_ShouldFitItsDeclaredCountsWithDistinctNames()
    {
        var register = ProcessingRegister.Activities;

        Assert.InRange(register.Count, 1, ProcessingRegister.MaxActivities);
        Assert.All(register, a =>
        {
            Assert.Equal(a.DataCategories.Distinct().Count(), a.DataCategories.Count);
            Assert.Equal(a.RecipientCategories.Distinct().Count(), a.RecipientCategories.Count);
            Assert.Equal(a.Retention.Distinct().Count(), a.Retention.Count);
            Assert.InRange(a.Retention.Count, 0, EnumListBounds.DataCategories);
        });
    }

    [Fact]
    public void GenerationFailures_ShouldListEveryReasonDeclared()
    {
        var declared = typeof(GenerationFailures).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetValue(null)!);

        Assert.Equal(declared.Order(), GenerationFailures.All.Order());
    }

    [Fact]
    public void ResourceLinks_ShouldBeExactlyTheirDeclaredLengths()
    {
        var id = Guid.NewGuid();
        var upload = new UploadSummary(id, "a.png", "image/png", 1, 1, 1, new string('0', 64), DateTimeOffset.UnixEpoch);

        Assert.Equal(ResourceLinks.UploadContentLength, upload.ContentUrl.Length);
        Assert.Equal(ResourceLinks.UploadThumbnailLength, upload.ThumbnailUrl.Length);
        Assert.Equal(ResourceLinks.ShowcaseImageLength, ShowcaseDto.ImagePath(id).Length);
        Assert.Equal(ResourceLinks.ExportDownloadLength, ExportLinks.Download(id).Length);
        Assert.Equal(ResourceLinks.DeidentifiedExportDownloadLength, DeidentifiedExportDto.DownloadLink(id).Length);
    }

    [Fact]
    public void JobIntervalText_ShouldFitItsDeclaredLengthForAnyInterval()
    {
        Assert.Equal(ScheduledJob.IntervalTextMaxLength, TimeSpan.MinValue.ToString("c", System.Globalization.CultureInfo.InvariantCulture).Length);
        Assert.True(TimeSpan.MaxValue.ToString("c", System.Globalization.CultureInfo.InvariantCulture).Length <= ScheduledJob.IntervalTextMaxLength);
    }
}
