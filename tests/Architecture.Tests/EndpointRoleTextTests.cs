using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Pixyer.Application.Features;
using static Pixyer.Architecture.Tests.ArchitectureSupport;

namespace Pixyer.Architecture.Tests;

/// <summary>
/// Who may call an operation is written into the OpenAPI document from the request's <c>[Access]</c>; a role list
/// copied into a summary or description by hand goes stale when the access changes.
/// </summary>
public sealed class EndpointRoleTextTests
{
    private static readonly Regex RoleList = new(
        $@"\((?:{string.Join('|', RoleNames.All)})(?:\s*(?:,|/|\bor\b|\band\b)\s*(?:{string.Join('|', RoleNames.All)}))*\)",
        RegexOptions.IgnoreCase);

    [Fact]
    public void ApiTexts_WhenWritten_ShouldNotListRolesByHand()
    {
        var texts = StringLiterals(ApiAssembly.Location);
        Assert.NotEmpty(texts);

        var handWritten = texts.Where(text => RoleList.IsMatch(text)).ToList();

        Assert.True(handWritten.Count == 0, $"Role lists written by hand: {string.Join(" | ", handWritten)}");
    }

    [Theory]
    [InlineData("Publish a policy version, significant or minor (PrivacyOfficer, Admin)")]
    [InlineData("Set an account's roles (Admin)")]
    [InlineData("The background jobs (support, privacyofficer or admin)")]
    public void RoleList_WhenASummaryEndsWithRolesInParentheses_ShouldFindThem(string summary) =>
        Assert.Matches(RoleList, summary);

    [Fact]
    public void RoleList_WhenParenthesesHoldOtherWords_ShouldNotFindRoles() =>
        Assert.DoesNotMatch(RoleList, "Guardian requests, oldest first, by status (received, approved, rejected)");

    /// <summary>Every string literal compiled into the assembly: summaries and descriptions, however they are concatenated.</summary>
    private static List<string> StringLiterals(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        var literals = new List<string>();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
        {
            literals.Add(metadata.GetUserString(handle));
        }

        return literals;
    }
}
