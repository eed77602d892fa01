using Pixyer.Application.Common;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features;

/// <summary>The property holds a role as the API spells it (<see cref="RoleNames.All"/>).</summary>
public sealed class RoleNameAttribute() : WireNameOfAttribute(RoleNames.All);

/// <summary>Roles as the API spells them.</summary>
public static class RoleNames
{
    public static readonly IReadOnlyList<string> All =
        [nameof(Roles.Customer), nameof(Roles.Support), nameof(Roles.PrivacyOfficer), nameof(Roles.Admin)];

    public static IReadOnlyList<string> Of(Roles roles) =>
        All.Where(name => roles.HasFlag(Enum.Parse<Roles>(name))).ToList();

    public static Roles Parse(IEnumerable<string> names) =>
        names.Aggregate(Roles.None, (roles, name) => roles | Enum.Parse<Roles>(name, ignoreCase: true));

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.OrdinalIgnoreCase);
}
