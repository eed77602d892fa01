using System.Diagnostics;

namespace Pixyer.Api.IntegrationTests.Clients;

/// <summary>
/// clients/typescript, worked on in a folder of its own per test run (under the client's folder, so that node finds
/// its packages), because both providers' suites may run it at once.
/// </summary>
public sealed class TypeScriptClient : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    private TypeScriptClient(string clientFolder, string runFolder)
    {
        ClientFolder = clientFolder;
        RunFolder = runFolder;
    }

    public string ClientFolder { get; }

    public string RunFolder { get; }

    public string DocumentPath => Path.Combine(RunFolder, "swagger.json");

    /// <summary>A run folder with the journey's source, its packages installed (<c>npm ci</c>) if they are not yet.</summary>
    public static async Task<TypeScriptClient> PrepareAsync()
    {
        var clientFolder = Path.Combine(RepositoryRoot(), "clients", "typescript");
        await InstallPackagesAsync(clientFolder);
        var runFolder = Path.Combine(clientFolder, ".runs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(runFolder, "src"));
        File.Copy(Path.Combine(clientFolder, "src", "journey.ts"), Path.Combine(runFolder, "src", "journey.ts"));
        await File.WriteAllTextAsync(
            Path.Combine(runFolder, "tsconfig.json"),
            """{ "extends": "../../tsconfig.json", "compilerOptions": { "rootDir": "src", "outDir": "dist" }, "include": ["src"] }""");
        return new TypeScriptClient(clientFolder, runFolder);
    }

    /// <summary>openapi-typescript, as <c>npm run generate</c> runs it, from the saved document.</summary>
    public Task<CommandResult> GenerateAsync() =>
        RunAsync(Tool("openapi-typescript"), [DocumentPath, "--output", Path.Combine(RunFolder, "src", "schema.d.ts")]);

    public Task<CommandResult> TypeCheckAsync() => RunAsync(Tool("tsc"), ["--noEmit", "--strict", "-p", RunFolder]);

    public Task<CommandResult> CompileAsync() => RunAsync(Tool("tsc"), ["-p", RunFolder]);

    public Task<CommandResult> RunJourneyAsync(Dictionary<string, string> environment) =>
        RunAsync("node", [Path.Combine(RunFolder, "dist", "journey.js")], environment);

    public void Dispose() => Directory.Delete(RunFolder, recursive: true);

    private string Tool(string name) => Path.Combine(ClientFolder, "node_modules", ".bin", name);

    private static async Task InstallPackagesAsync(string clientFolder)
    {
        // One suite installs while the other waits: an advisory lock on a file, held as long as it is open.
        var lockPath = Path.Combine(clientFolder, ".npm-ci.lock");
        await using var installing = await LockAsync(lockPath);
        if (!Directory.Exists(Path.Combine(clientFolder, "node_modules")))
        {
            var result = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--prefix", clientFolder]);
            Assert.True(result.ExitCode == 0, $"npm ci failed:\n{result.Output}");
        }
    }

    private static async Task<FileStream> LockAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    private static async Task<CommandResult> RunAsync(string file, string[] arguments, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} did not finish within {CommandTimeout}:\n{await output}\n{await errors}");
        }

        return new CommandResult(process.ExitCode, await output, await errors);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Pixyer.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Pixyer.sln) is not above the test's folder.");
    }
}

public sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => $"{StandardOutput}\n{StandardError}";
}
