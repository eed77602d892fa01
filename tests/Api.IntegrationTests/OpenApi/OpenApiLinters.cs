using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.OpenApi;

/// <summary>The OpenAPI linters pinned in <c>tools/openapi-lint</c> (its package-lock.json).</summary>
internal static class OpenApiLinters
{
    private static readonly NodePackages Packages = new("tools", "openapi-lint");
    private static readonly Dictionary<string, string> Quiet = new()
    {
        ["REDOCLY_TELEMETRY"] = "off",
        ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true",
        ["NO_COLOR"] = "1",
    };

    public static string Config(string file) => Path.Combine(Packages.Folder, file);

    public static async Task<CommandResult> RunAsync(string tool, params string[] arguments)
    {
        await Packages.EnsureInstalledAsync();
        return await Packages.RunAsync(Packages.Tool(tool), arguments, TimeSpan.FromMinutes(3), Quiet);
    }
}
