namespace Pixyer.Domain.Deidentification;

/// <summary>
/// What could single a person out when combined with other sources, at its finest: age in years on the day of the
/// export, country (ISO 3166 alpha-2, or <see cref="UnknownCountry"/>), month of sign-up, and plan code (or
/// <see cref="NoPlan"/>). Never written as such: a dataset holds them generalised (<see cref="GeneralisationLevels"/>).
/// </summary>
public readonly record struct QuasiIdentifiers(int Age, string Country, int SignUpYear, int SignUpMonth, string Plan)
{
    public const string UnknownCountry = "unknown";
    public const string NoPlan = "free";

    public static QuasiIdentifiers Of(DateOnly dateOfBirth, DateOnly today, string? country, DateTimeOffset signedUpAt, string? plan)
    {
        var age = today.Year - dateOfBirth.Year - (today < dateOfBirth.AddYears(today.Year - dateOfBirth.Year) ? 1 : 0);
        var signUp = signedUpAt.UtcDateTime;
        return new QuasiIdentifiers(
            age,
            string.IsNullOrWhiteSpace(country) || country.Trim().Equals(UnknownCountry, StringComparison.OrdinalIgnoreCase)
                ? UnknownCountry
                : country.Trim().ToUpperInvariant(),
            signUp.Year,
            signUp.Month,
            string.IsNullOrWhiteSpace(plan) ? NoPlan : plan);
    }
}

/// <summary>The quasi-identifiers as a dataset row shows them: the equivalence class the row belongs to.</summary>
public readonly record struct GeneralisedQuasiIdentifiers(string AgeBand, string Country, string SignUp, string Plan);
