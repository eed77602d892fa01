using System.Reflection;
using System.Runtime.CompilerServices;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Features.LegalRequests;
using Pixyer.Domain.Common;
using Pixyer.Domain.Rights;
using static Pixyer.Architecture.Tests.ArchitectureSupport;

namespace Pixyer.Architecture.Tests;

public sealed class PersonalDataRegistryTests
{
    private const BindingFlags AnyInstance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    [Fact]
    public void Entities_WhenHoldingPersonalData_ShouldBeCoveredByAPersonalDataSource()
    {
        var entities = DomainAssembly.GetTypes()
            .Where(t => t.IsClass && t.GetProperties(AnyInstance).Any(p => p.IsDefined(typeof(PersonalDataAttribute))))
            .ToList();
        var sources = ApplicationAssembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPersonalDataSource).IsAssignableFrom(t))
            .ToList();
        Assert.NotEmpty(entities);
        Assert.NotEmpty(sources);

        // EntityTypes never touches the database, so the sources are built without their constructor.
        var covered = sources
            .Select(t => (IPersonalDataSource)RuntimeHelpers.GetUninitializedObject(t))
            .SelectMany(source => source.EntityTypes)
            .ToHashSet();
        var uncovered = entities.Where(e => !covered.Contains(e)).ToList();

        Assert.True(uncovered.Count == 0, $"Entities with [PersonalData] but no IPersonalDataSource: {Describe(uncovered)}");
    }

    [Fact]
    [Trait("Obligation", "E1")]
    public void Sources_ShouldEachBeRequestableByALegalRequestUnderTheDataCategoriesItsDisclosureNames()
    {
        var categories = ApplicationAssembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPersonalDataSource).IsAssignableFrom(t) && t != typeof(LegalRequestExportsPersonalData))
            .Select(t => ((IPersonalDataSource)RuntimeHelpers.GetUninitializedObject(t)).Category)
            .ToList();
        Assert.NotEmpty(categories);

        var unmapped = categories.Where(c => !LegalRequestScope.DataCategoriesByExportCategory.ContainsKey(c)).ToList();

        Assert.True(unmapped.Count == 0, $"Export categories a legal request cannot name (add them to LegalRequestScope): {string.Join(", ", unmapped)}");
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public void CategoryNames_ShouldFitTheBoundsThatExportsLegalRequestsAndCertificatesDeclare()
    {
        var categories = ApplicationAssembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPersonalDataSource).IsAssignableFrom(t))
            .Select(t => ((IPersonalDataSource)RuntimeHelpers.GetUninitializedObject(t)).Category)
            .ToList();

        Assert.InRange(categories.Count, 1, Math.Min(DeletionCertificate.MaxEntries, PersonalDataCategories.MaxCount));
        Assert.All(categories, category => Assert.InRange(category.Length, 1, PersonalDataCategories.NameMaxLength));
        Assert.InRange(RetainedData.Described.Count(), 1, DeletionCertificate.MaxEntries);
        Assert.All(RetainedData.Described, entry => Assert.InRange(entry.Length, 1, DeletionCertificate.EntryMaxLength));
    }
}
