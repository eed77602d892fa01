using System.Globalization;

namespace Pixyer.Domain.Deidentification;

public enum SignUpPeriod
{
    Month,
    Quarter,
    Year,
}

public enum CountryDetail
{
    Country,

    /// <summary>The continent (<see cref="CountryRegions"/>).</summary>
    Region,

    /// <summary>Not shown at all.</summary>
    Withheld,
}

public enum PlanDetail
{
    Plan,

    /// <summary>Only whether the account has a paid plan.</summary>
    PaidOrFree,
}

/// <summary>
/// One point of the generalisation lattice: how coarsely each quasi-identifier is shown. Each dimension's values run
/// from the finest to the coarsest; <see cref="Height"/> counts the steps taken from the finest point.
/// </summary>
public readonly record struct GeneralisationLevels(int AgeBandYears, SignUpPeriod SignUp, CountryDetail Country, PlanDetail Plan)
{
    public const string Withheld = "*";
    public const string Paid = "paid";

    private static readonly int[] Widths = [5, 10, 20];

    public static readonly GeneralisationLevels Finest = new(Widths[0], SignUpPeriod.Month, CountryDetail.Country, PlanDetail.Plan);

    public static readonly GeneralisationLevels Coarsest =
        new(Widths[^1], SignUpPeriod.Year, CountryDetail.Withheld, PlanDetail.PaidOrFree);

    /// <summary>Age bands, in years: 5, 10, then 20.</summary>
    public static IReadOnlyList<int> AgeBandWidths => Widths;

    public int Height => Array.IndexOf(Widths, AgeBandYears) + (int)SignUp + (int)Country + (int)Plan;

    /// <summary>Every point of the lattice, finest dimension values first.</summary>
    public static IEnumerable<GeneralisationLevels> All() =>
        from age in Widths
        from signUp in Enum.GetValues<SignUpPeriod>()
        from country in Enum.GetValues<CountryDetail>()
        from plan in Enum.GetValues<PlanDetail>()
        select new GeneralisationLevels(age, signUp, country, plan);

    public GeneralisedQuasiIdentifiers Apply(QuasiIdentifiers value) =>
        new(AgeBand(value.Age), CountryOf(value.Country), SignUpOf(value.SignUpYear, value.SignUpMonth), PlanOf(value.Plan));

    private string AgeBand(int age)
    {
        var from = age / AgeBandYears * AgeBandYears;
        return string.Create(CultureInfo.InvariantCulture, $"{from}-{from + AgeBandYears - 1}");
    }

    private string CountryOf(string country) => Country switch
    {
        CountryDetail.Country => country,
        CountryDetail.Region => CountryRegions.Of(country),
        _ => Withheld,
    };

    private string SignUpOf(int year, int month) => SignUp switch
    {
        SignUpPeriod.Month => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"),
        SignUpPeriod.Quarter => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{((month - 1) / 3) + 1}"),
        _ => year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private string PlanOf(string plan) => Plan == PlanDetail.Plan || plan == QuasiIdentifiers.NoPlan ? plan : Paid;
}
