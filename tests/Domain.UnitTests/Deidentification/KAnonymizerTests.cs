using Pixyer.Domain.Deidentification;

namespace Pixyer.Domain.UnitTests.Deidentification;

[Trait("Obligation", "E2")]
public sealed class KAnonymizerTests
{
    private const int K = 5;

    [Fact]
    public void Anonymize_WhenEveryCombinationAlreadyOccursKTimes_ShouldKeepTheFinestDetail()
    {
        var table = Table((Person(31, "DE", 2025, 3, "pro"), 5), (Person(42, "CN", 2024, 11, "free"), 7));

        var result = KAnonymizer.Anonymize(table, K, maxSuppressedShare: 0);

        Assert.Equal(GeneralisationLevels.Finest, result.Levels);
        Assert.Equal((5, 12, 0), (result.AchievedK, result.Kept, result.Suppressed));
        Assert.Equal(new GeneralisedQuasiIdentifiers("30-34", "DE", "2025-03", "pro"), result.ClassOf(Person(31, "DE", 2025, 3, "pro")));
    }

    [Fact]
    public void Anonymize_WhenOnlySignUpMonthsAreSpread_ShouldCoarsenOnlyTheSignUpToQuarters()
    {
        // Three months of one quarter, two or three people each: only the quarter gathers five.
        var table = Table(
            (Person(31, "DE", 2025, 1, "pro"), 2), (Person(32, "DE", 2025, 2, "pro"), 2), (Person(33, "DE", 2025, 3, "pro"), 2),
            (Person(44, "FR", 2024, 4, "free"), 3), (Person(43, "FR", 2024, 6, "free"), 3));

        var result = KAnonymizer.Anonymize(table, K, maxSuppressedShare: 0);

        Assert.Equal(GeneralisationLevels.Finest with { SignUp = SignUpPeriod.Quarter }, result.Levels);
        Assert.Equal((6, 12, 0), (result.AchievedK, result.Kept, result.Suppressed));
        Assert.Equal(
            [new("30-34", "DE", "2025-Q1", "pro"), new("40-44", "FR", "2024-Q2", "free")],
            result.KeptClasses.Keys.OrderBy(c => c.Country));
    }

    [Fact]
    public void Anonymize_WhenAgesAndCountriesDiffer_ShouldWidenTheAgeBandsAndShowRegionsUntilClassesReachK()
    {
        var table = Table(
            (Person(21, "DE", 2025, 5, "pro"), 3), (Person(38, "FR", 2025, 5, "pro"), 3),
            (Person(35, "US", 2025, 5, "pro"), 2), (Person(30, "CA", 2025, 5, "pro"), 3));

        var result = KAnonymizer.Anonymize(table, K, maxSuppressedShare: 0);

        Assert.Equal(new GeneralisationLevels(20, SignUpPeriod.Month, CountryDetail.Region, PlanDetail.Plan), result.Levels);
        Assert.Equal(
            [(new("20-39", "americas", "2025-05", "pro"), 5), (new GeneralisedQuasiIdentifiers("20-39", "europe", "2025-05", "pro"), 6)],
            result.KeptClasses.OrderBy(c => c.Key.Country).Select(c => (c.Key, c.Value)));
        Assert.Equal(5, result.AchievedK);
    }

    [Fact]
    public void Anonymize_WhenOneOutlierCannotReachKWithinTheBudget_ShouldSuppressItAndKeepTheRestUntouched()
    {
        var outlier = Person(87, "NZ", 2019, 12, "studio");
        var table = Table((Person(31, "DE", 2025, 3, "pro"), 20), (outlier, 1));

        var result = KAnonymizer.Anonymize(table, K, maxSuppressedShare: 0.05);

        Assert.Equal(GeneralisationLevels.Finest, result.Levels);
        Assert.Equal((20, 20, 1), (result.AchievedK, result.Kept, result.Suppressed));
        Assert.Null(result.ClassOf(outlier));
    }

    [Fact]
    public void Anonymize_WhenNothingReachesKEvenFullyGeneralised_ShouldTakeTheCoarsestPointAndSuppressTheRest()
    {
        var table = Table((Person(31, "DE", 2025, 3, "pro"), 6), (Person(70, "CN", 2020, 1, "free"), 2));

        var result = KAnonymizer.Anonymize(table, K, maxSuppressedShare: 0);

        Assert.Equal(GeneralisationLevels.Coarsest, result.Levels);
        Assert.Equal((6, 6, 2), (result.AchievedK, result.Kept, result.Suppressed));
        Assert.Equal([new GeneralisedQuasiIdentifiers("20-39", "*", "2025", "paid")], result.KeptClasses.Keys);
    }

    [Fact]
    public void Anonymize_WhenEveryRowIsSuppressed_ShouldReportAchievedKZero()
    {
        var result = KAnonymizer.Anonymize(Table((Person(31, "DE", 2025, 3, "pro"), 4)), K, maxSuppressedShare: 0);

        Assert.Equal((0, 0, 4), (result.AchievedK, result.Kept, result.Suppressed));
    }

    [Theory]
    [InlineData("de", "europe")]
    [InlineData("CN", "asia")]
    [InlineData("BR", "americas")]
    [InlineData("unknown", "other")]
    [InlineData("ZZ", "other")]
    public void CountryRegions_ShouldNameTheContinentOrOther(string country, string region) =>
        Assert.Equal(region, CountryRegions.Of(country));

    [Theory]
    [InlineData("1990-05-17", "2026-05-16", 35)]
    [InlineData("1990-05-17", "2026-05-17", 36)]
    [InlineData("2000-12-31", "2026-01-01", 25)]
    public void QuasiIdentifiers_ShouldCountTheAgeOnTheDayOfTheExport(string born, string today, int age) =>
        Assert.Equal(age, QuasiIdentifiers.Of(DateOnly.Parse(born), DateOnly.Parse(today), null, DateTimeOffset.UnixEpoch, null).Age);

    private static QuasiIdentifiers Person(int age, string country, int year, int month, string plan) => new(age, country, year, month, plan);

    private static Dictionary<QuasiIdentifiers, int> Table(params (QuasiIdentifiers Value, int Count)[] rows) =>
        rows.ToDictionary(r => r.Value, r => r.Count);
}
