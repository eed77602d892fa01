using System.Reflection;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Features.Contacts.ImportContacts;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;
using static Pixyer.Architecture.Tests.ArchitectureSupport;

namespace Pixyer.Architecture.Tests;

/// <summary>
/// Obligation C11: imported contacts are third parties' data, kept for their importer only and never used for
/// marketing. Only the contacts feature reads them (so no campaign, mail or advertising handler can), only persistence
/// maps them in Infrastructure (so no mail sender or job can), and no marketing request declares them.
/// </summary>
[Trait("Obligation", "C11")]
public sealed class ContactsIsolationTests
{
    private const string ContactData = "Pixyer.Domain.Contacts";
    private static readonly string ContactsFeature = typeof(ImportContactsCommand).Namespace![..^".ImportContacts".Length];

    [Fact]
    public void Application_OutsideTheContactsFeature_ShouldNotReadContacts() =>
        AssertRule(
            Types.InAssembly(ApplicationAssembly).That().DoNotResideInNamespace(ContactsFeature).And().DoNotHaveName(nameof(IAppDbContext)),
            others => others.ShouldNot().HaveDependencyOn(ContactData),
            "Only Features/Contacts may use imported contacts (the entity or its DbSet): never a marketing, campaign or mail handler.");

    [Fact]
    public void Infrastructure_OutsidePersistence_ShouldNotReadContacts() =>
        AssertRule(
            Types.InAssembly(InfrastructureAssembly).That().DoNotResideInNamespace("Pixyer.Infrastructure.Persistence"),
            others => others.ShouldNot().HaveDependencyOn(ContactData),
            "Only the EF mapping may name imported contacts in Infrastructure: no mail sender, job or adapter reads them.");

    [Fact]
    public void Requests_ForMarketingOrOutsideTheContactsFeature_ShouldNotProcessContacts()
    {
        var requests = RequestTypes.Select(t => (Type: t, Processing: t.GetCustomAttribute<ProcessingAttribute>()!)).ToList();
        var contactRequests = requests.Where(r => r.Processing.DataCategories.Contains(DataCategory.Contacts)).ToList();
        Assert.NotEmpty(contactRequests);

        var wrong = contactRequests
            .Where(r => r.Processing.Purpose is ProcessingPurpose.Marketing or ProcessingPurpose.PersonalizedAdvertising
                        || r.Type.GetCustomAttribute<RequiresConsentAttribute>()?.Purpose is ConsentPurpose.MarketingEmail or ConsentPurpose.AdvertisingCookies
                        || r.Type.Namespace?.StartsWith(ContactsFeature, StringComparison.Ordinal) != true)
            .Select(r => r.Type)
            .ToList();

        Assert.True(wrong.Count == 0, $"Requests that process imported contacts for marketing or outside Features/Contacts: {Describe(wrong)}");
    }

    // Control: a class that only counts contacts through the DbSet, never naming the entity, is found.
    [Fact]
    public void DependencySearch_WhenAClassReadsContactsThroughTheDbSet_ShouldFindIt() =>
        Assert.Contains(
            typeof(ContactCounterSample),
            Types.InAssembly(typeof(ContactsIsolationTests).Assembly).That().HaveDependencyOn(ContactData).GetTypes());

    private sealed class ContactCounterSample(IAppDbContext db)
    {
        public Task<int> CountAsync() => db.ImportedContacts.CountAsync();
    }
}
