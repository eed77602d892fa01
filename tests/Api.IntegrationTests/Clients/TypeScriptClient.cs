using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Clients;

/// <summary>
/// clients/typescript, worked on in a folder of its own per test run (under the client's folder, so that node finds
/// its packages), because both providers' suites may run it at once.
/// </summary>
public sealed class TypeScriptClient : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    private static readonly NodePackages Packages = new("clients", "typescript");

    private TypeScriptClient(string runFolder) => RunFolder = runFolder;

    public string RunFolder { get; }

    public string DocumentPath => Path.Combine(RunFolder, "swagger.json");

    /// <summary>A run folder with the journey's source, its packages installed (<c>npm ci</c>) if they are not yet.</summary>
    public static async Task<TypeScriptClient> PrepareAsync()
    {
        await Packages.EnsureInstalledAsync();
        var clientFolder = Packages.Folder;
        var runFolder = Path.Combine(clientFolder, ".runs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(runFolder, "src"));
        File.Copy(Path.Combine(clientFolder, "src", "journey.ts"), Path.Combine(runFolder, "src", "journey.ts"));
        await File.WriteAllTextAsync(
            Path.Combine(runFolder, "tsconfig.json"),
            """{ "extends": "../../tsconfig.json", "compilerOptions": { "rootDir": "src", "outDir": "dist" }, "include": ["src"] }""");
        return new TypeScriptClient(runFolder);
    }

    /// <summary>openapi-typescript, as <c>npm run generate</c> runs it, from the saved document.</summary>
    public Task<CommandResult> GenerateAsync() =>
        RunAsync(Tool("openapi-typescript"), [DocumentPath, "--output", Path.Combine(RunFolder, "src", "schema.d.ts")]);

    public Task<CommandResult> TypeCheckAsync() => RunAsync(Tool("tsc"), ["--noEmit", "--strict", "-p", RunFolder]);

    public Task<CommandResult> CompileAsync() => RunAsync(Tool("tsc"), ["-p", RunFolder]);

    public Task<CommandResult> RunJourneyAsync(Dictionary<string, string> environment) =>
        RunAsync("node", [Path.Combine(RunFolder, "dist", "journey.js")], environment);

    public void Dispose() => Directory.Delete(RunFolder, recursive: true);

    private static string Tool(string name) => Packages.Tool(name);

    private static Task<CommandResult> RunAsync(string file, string[] arguments, Dictionary<string, string>? environment = null) =>
        Packages.RunAsync(file, arguments, CommandTimeout, environment);
}
