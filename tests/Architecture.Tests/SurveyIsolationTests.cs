using System.Reflection;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Features.Privacy.ListProcessingActivities;
using Pixyer.Application.Features.Surveys.SubmitSurveyResponse;
using Pixyer.Domain.Processing;
using static Pixyer.Architecture.Tests.ArchitectureSupport;

namespace Pixyer.Architecture.Tests;

/// <summary>
/// Obligation C6: refusing a survey never affects service. Only the survey feature reads survey data, and no other
/// request of the processing register processes survey answers, so nothing else can depend on a response.
/// </summary>
[Trait("Obligation", "C6")]
public sealed class SurveyIsolationTests
{
    private const string SurveyData = "Pixyer.Domain.Surveys";
    private static readonly string SurveyFeature = typeof(SubmitSurveyResponseCommand).Namespace![..^".SubmitSurveyResponse".Length];

    [Fact]
    public void Application_OutsideTheSurveyFeature_ShouldNotReadSurveyData() =>
        AssertRule(
            Types.InAssembly(ApplicationAssembly).That().DoNotResideInNamespace(SurveyFeature).And().DoNotHaveName(nameof(IAppDbContext)),
            others => others.ShouldNot().HaveDependencyOn(SurveyData),
            "Only Features/Surveys may use survey data (entities or their DbSets); the service must not depend on an answer.");

    [Fact]
    public void Requests_OutsideTheSurveyFeature_ShouldNotProcessSurveyAnswers()
    {
        var requests = RequestTypes.Select(t => (Type: t, Processing: t.GetCustomAttribute<ProcessingAttribute>()!)).ToList();
        var register = ProcessingRegister.Activities.Select(a => a.Request).ToHashSet(StringComparer.Ordinal);
        Assert.All(requests, r => Assert.Contains(r.Type.Name, register));
        Assert.Contains(requests, r => r.Processing.DataCategories.Contains(DataCategory.Surveys));

        var wrong = requests
            .Where(r => r.Processing.DataCategories.Contains(DataCategory.Surveys) && r.Type.Namespace?.StartsWith(SurveyFeature, StringComparison.Ordinal) != true)
            .Select(r => r.Type)
            .ToList();

        Assert.True(wrong.Count == 0, $"Requests outside Features/Surveys that process survey answers: {Describe(wrong)}");
    }

    // Control: a class that only counts responses through the DbSet, never naming the entity, is found.
    [Fact]
    public void DependencySearch_WhenAClassReadsResponsesThroughTheDbSet_ShouldFindIt() =>
        Assert.Contains(
            typeof(ResponseCounterSample),
            Types.InAssembly(typeof(SurveyIsolationTests).Assembly).That().HaveDependencyOn(SurveyData).GetTypes());

    private sealed class ResponseCounterSample(IAppDbContext db)
    {
        public Task<int> CountAsync() => db.SurveyResponses.CountAsync();
    }
}
