using Pixyer.Domain.Common;

namespace Pixyer.Domain.Accounts.Rules;

/// <summary>Obligation A1: the service is for adults only (18+), judged on the server's date.</summary>
public sealed class AccountHolderMustBeAdultRule(DateOnly dateOfBirth, DateOnly today) : IBusinessRule
{
    public const int AdultAge = 18;

    public string ProblemType => "age-requirement";

    public string Message => $"Pixyer accounts are for people aged {AdultAge} or over.";

    public bool IsBroken() => dateOfBirth.AddYears(AdultAge) > today;
}
