using System.Text.Json;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Common.Accounts;

/// <summary>
/// Which accounts something concerns (the people an incident affected, those a business transfer moves), as a rule the
/// server evaluates, never a list typed by hand: <c>all_accounts</c>; <c>data_categories</c>, accounts holding data
/// of any of <see cref="Categories"/>; <c>active_between</c>, accounts active in [<see cref="From"/>, <see cref="To"/>);
/// <c>account_ids</c>, the accounts of <see cref="AccountIds"/>.
/// </summary>
public sealed record AccountSelector(
    [property: OneOfNames(AccountSelector.AllAccounts, AccountSelector.DataCategories, AccountSelector.ActiveBetween, AccountSelector.ListedAccounts)]
    string Kind,
    [property: WireNameOf<DataCategory>] IReadOnlyList<string>? Categories = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    IReadOnlyList<Guid>? AccountIds = null)
{
    public const string AllAccounts = "all_accounts";
    public const string DataCategories = "data_categories";
    public const string ActiveBetween = "active_between";
    public const string ListedAccounts = "account_ids";

    /// <summary>
    /// The characters of <see cref="Describe"/>: room for <see cref="AccountSelectorValidator.MaxListedAccounts"/> ids
    /// (39 characters each, quoted and separated) and the rest; the validator refuses a rule written longer.
    /// </summary>
    public const int DescriptionMaxLength = 400_000;

    public static readonly IReadOnlyList<string> Kinds = [AllAccounts, DataCategories, ActiveBetween, ListedAccounts];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The rule as stored with what it selected, in the API's JSON (members that do not apply left out).</summary>
    public string Describe() => JsonSerializer.Serialize(this, Json);
}
