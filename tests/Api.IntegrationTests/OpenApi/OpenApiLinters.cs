using System.Diagnostics;

namespace Pixyer.Api.IntegrationTests.OpenApi;

/// <summary>
/// The OpenAPI linters pinned in <c>tools/openapi-lint</c> (its package-lock.json). The set-up installs them with
/// <c>npm ci --prefix tools/openapi-lint</c>; where that has not run, the first test installs them, once, under a lock
/// that the PostgreSQL and the SQLite suites share.
/// </summary>
internal static class OpenApiLinters
{
    private static readonly string Folder = Path.Combine(RepositoryRoot(), "tools", "openapi-lint");
    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static string Config(string file) => Path.Combine(Folder, file);

    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] arguments)
    {
        await EnsureInstalledAsync();
        return await ExecuteAsync(Path.Combine(Folder, "node_modules", ".bin", tool), arguments, TimeSpan.FromMinutes(3));
    }

    private static async Task EnsureInstalledAsync()
    {
        await Installing.WaitAsync();
        try
        {
            await using var _ = await CrossProcessLockAsync(Path.Combine(Folder, ".install.lock"));
            if (File.Exists(Path.Combine(Folder, "node_modules", ".package-lock.json")))
            {
                return;
            }

            var (exitCode, output) = await ExecuteAsync("npm", ["ci", "--no-audit", "--no-fund", "--prefix", Folder], TimeSpan.FromMinutes(10));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {Folder} failed:\n{output}");
            }
        }
        finally
        {
            Installing.Release();
        }
    }

    private static async Task<FileStream> CrossProcessLockAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 1200)
            {
                await Task.Delay(500);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> ExecuteAsync(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout}.");
        }

        return (process.ExitCode, await output + await errors);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Pixyer.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"No Pixyer.sln above {AppContext.BaseDirectory}.");
    }
}
