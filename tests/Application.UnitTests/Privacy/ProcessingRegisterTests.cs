using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features.Privacy;
using Pixyer.Application.Features.Privacy.ListProcessingActivities;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.UnitTests.Privacy;

[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ModelImprovement, LegalBasis.Consent, DataCategory.Uploads, DataCategory.GeneratedAssets)]
[RequiresConsent(ConsentPurpose.ModelImprovement)]
public sealed record ConsentedTestCommand : ICommand<string>;

[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Consent, DataCategory.Contact)]
[RequiresConsent(ConsentPurpose.ThirdPartySharing)]
public sealed record SharingTestQuery : IQuery<string>;

[Access(Roles.PrivacyOfficer)]
[Processing(ProcessingPurpose.ModelImprovement, LegalBasis.Consent, DataCategory.Uploads)]
[ConsentOfSubjects(ConsentPurpose.ModelImprovement)]
public sealed record SubjectsConsentTestQuery : IQuery<string>;

[Trait("Obligation", "U1")]
[Trait("Obligation", "U10")]
public sealed class ProcessingRegisterTests
{
    private static readonly IReadOnlyList<ProcessingActivity> TestRegister = ProcessingRegister.Build(typeof(ProcessingRegisterTests).Assembly);

    [Fact]
    public void Build_WhenRequestRequiresConsent_ShouldNameItsConsentPurpose()
    {
        var activity = TestRegister.Single(a => a.Request == nameof(ConsentedTestCommand));

        Assert.Equal("model_improvement", activity.ConsentPurpose);
        Assert.Equal(("command", "model_improvement", "consent"), (activity.Kind, activity.Purpose, activity.LegalBasis));
        Assert.Equal(["U3"], activity.Obligations);
        Assert.Equal(["uploads", "generated_assets"], activity.DataCategories);
        Assert.Equal(["cloud_storage", "large_model_providers", "cloud_rendering"], activity.RecipientCategories);
    }

    [Fact]
    public void Build_WhenRequestSharesForBusinessNeeds_ShouldAddThatRecipientCategory()
    {
        var activity = TestRegister.Single(a => a.Request == nameof(SharingTestQuery));

        Assert.Equal("third_party_sharing", activity.ConsentPurpose);
        Assert.Equal("query", activity.Kind);
        Assert.Contains("business_needs", activity.RecipientCategories);
    }

    [Fact]
    [Trait("Obligation", "U3")]
    public void Build_WhenRequestProcessesOtherPeoplesDataUnderTheirConsent_ShouldNameThatConsentPurpose()
    {
        var activity = TestRegister.Single(a => a.Request == nameof(SubjectsConsentTestQuery));

        Assert.Equal(("model_improvement", "consent"), (activity.ConsentPurpose, activity.LegalBasis));
    }

    [Fact]
    public void Build_WhenRequestRequiresNoConsent_ShouldLeaveConsentPurposeEmpty()
    {
        var activity = TestRegister.Single(a => a.Request == nameof(AnonymousTestCommand));

        Assert.Null(activity.ConsentPurpose);
    }

    [Fact]
    public void Build_ShouldSortRowsByRequestName()
    {
        Assert.True(TestRegister.Count >= 3);
        Assert.Equal(TestRegister.Select(a => a.Request).Order(StringComparer.Ordinal), TestRegister.Select(a => a.Request));
    }

    [Fact]
    public void Activities_ShouldBeBuiltOnceAndCoverTheApplication()
    {
        Assert.Same(ProcessingRegister.Activities, ProcessingRegister.Activities);
        Assert.Contains(ProcessingRegister.Activities, a => a.Request == nameof(ListProcessingActivitiesQuery));
    }

    [Fact]
    public void EveryDataCategory_ShouldHaveARetentionRuleAndRecipients()
    {
        foreach (var category in Enum.GetValues<DataCategory>().Where(c => c != DataCategory.None))
        {
            Assert.False(string.IsNullOrWhiteSpace(RetentionRules.For(category)), $"{category} has no retention rule");
            Assert.NotEqual(RetentionRules.NoPersonalData, RetentionRules.For(category));
            Assert.NotEmpty(RecipientCategories.For(category));
            Assert.DoesNotContain("; ", RetentionRules.For(category), StringComparison.Ordinal);
        }

        Assert.Equal(RetentionRules.NoPersonalData, RetentionRules.For(DataCategory.None));
        Assert.Empty(RecipientCategories.For(DataCategory.None));
    }

    [Fact]
    public void EveryPurpose_ShouldServeAnObligationOfPolicySection2()
    {
        var obligations = Enum.GetValues<ProcessingPurpose>().Select(ProcessingRegister.ObligationOf).ToList();

        Assert.Equal(
            Enumerable.Range(1, 10).Select(i => $"U{i}").Order(StringComparer.Ordinal),
            obligations.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryRecipientCategory_ShouldBeDescribedOnce()
    {
        Assert.Equal(Enum.GetValues<RecipientCategory>(), RecipientCategories.All.Select(c => c.Category));
        Assert.Equal(
            [RecipientCategory.BusinessNeeds, RecipientCategory.OthersWithConsent, RecipientCategory.Public],
            RecipientCategories.All.Where(c => c.RequiresConsent).Select(c => c.Category));
    }
}
