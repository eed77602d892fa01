using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using static Pixyer.Architecture.Tests.ArchitectureSupport;

namespace Pixyer.Architecture.Tests;

[Trait("Obligation", "P1")]
public sealed partial class SecretRedactionTests
{
    [Fact]
    public void Records_WhenHoldingAPasswordOrToken_ShouldNotPrintIt()
    {
        var holders = new[] { ApplicationAssembly, ApiAssembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && SecretProperties(t).Any())
            .ToList();
        Assert.NotEmpty(holders);

        var leaking = holders.Where(PrintsASecret).ToList();

        Assert.True(leaking.Count == 0, $"ToString() prints a password or token: {Describe(leaking)}");
    }

    [Fact]
    public void PrintsASecret_WhenRecordKeepsTheCompilerToString_ShouldDetectTheLeak() =>
        Assert.True(PrintsASecret(typeof(LeakyCommand)));

    private static bool PrintsASecret(Type type)
    {
        var instance = RuntimeHelpers.GetUninitializedObject(type);
        var secret = $"secret-{Guid.NewGuid():N}";
        foreach (var property in SecretProperties(type))
        {
            Assert.True(property.CanWrite, $"{type.Name}.{property.Name} cannot be set for the test.");
            property.SetValue(instance, secret);
        }

        return instance.ToString()?.Contains(secret, StringComparison.Ordinal) ?? false;
    }

    private static IEnumerable<PropertyInfo> SecretProperties(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.PropertyType == typeof(string) && SecretName().IsMatch(p.Name));

    [GeneratedRegex("(Password|Token)$")]
    private static partial Regex SecretName();

    private sealed record LeakyCommand(string Email, string NewPassword);
}
