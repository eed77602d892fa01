using Pixyer.Application.Features;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.UnitTests;

public sealed class RoleNamesTests
{
    public static TheoryData<Roles> EveryCombination()
    {
        var data = new TheoryData<Roles>();
        for (var flags = 0; flags < 16; flags++)
        {
            data.Add((Roles)flags);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Parse_WhenGivenTheFormattedNames_ShouldReturnTheSameRoles(Roles roles) =>
        Assert.Equal(roles, RoleNames.Parse(RoleNames.Of(roles)));

    [Fact]
    public void Of_WhenSeveralRolesAreHeld_ShouldListThemInCanonicalOrder() =>
        Assert.Equal(["Customer", "PrivacyOfficer", "Admin"], RoleNames.Of(Roles.Admin | Roles.Customer | Roles.PrivacyOfficer));

    [Fact]
    public void Of_WhenNoRoleIsHeld_ShouldBeEmpty() => Assert.Empty(RoleNames.Of(Roles.None));

    [Fact]
    public void Parse_WhenNamesDifferInCase_ShouldIgnoreCase() =>
        Assert.Equal(Roles.Support | Roles.Admin, RoleNames.Parse(["admin", "SUPPORT"]));

    [Fact]
    public void Of_WhenParsedFromAnyCase_ShouldFormatTheApiSpelling() =>
        Assert.Equal(["Support", "PrivacyOfficer"], RoleNames.Of(RoleNames.Parse(["privacyofficer", "support"])));

    [Theory]
    [InlineData("Admin", true)]
    [InlineData("privacyOFFICER", true)]
    [InlineData("None", false)]
    [InlineData("8", false)]
    [InlineData("Admin,Support", false)]
    [InlineData("Root", false)]
    public void IsKnown_WhenGivenAName_ShouldAcceptOnlyTheFourRoles(string name, bool known) =>
        Assert.Equal(known, RoleNames.IsKnown(name));
}
