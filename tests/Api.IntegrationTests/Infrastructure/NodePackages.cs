using System.Diagnostics;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A folder of the repository whose npm tools are pinned by its package-lock.json. The README's set-up installs them
/// (<c>npm ci --prefix FOLDER</c>); where that has not run, the first test installs them, once, under a lock that the
/// PostgreSQL and the SQLite suites share.
/// </summary>
public sealed class NodePackages
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    public NodePackages(params string[] pathFromRepositoryRoot) =>
        Folder = Path.Combine([RepositoryRoot(), .. pathFromRepositoryRoot]);

    public string Folder { get; }

    public string Tool(string name) => Path.Combine(Folder, "node_modules", ".bin", name);

    public async Task EnsureInstalledAsync()
    {
        // The lock also serializes the tests of this process: a second open of the file fails until the first closes.
        await using var _ = await ExclusiveLockAsync(Path.Combine(Folder, ".npm-ci.lock"));
        if (File.Exists(Path.Combine(Folder, "node_modules", ".package-lock.json")))
        {
            return;
        }

        var result = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--prefix", Folder], InstallTimeout);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {Folder} failed:\n{result.Output}");
        }
    }

    /// <summary>Runs a command to its end, or kills it with its children after <paramref name="timeout"/>.</summary>
    public async Task<CommandResult> RunAsync(
        string file, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Folder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

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
            throw new TimeoutException($"{Path.GetFileName(file)} did not finish within {timeout}:\n{await output}\n{await errors}");
        }

        return new CommandResult(process.ExitCode, await output, await errors);
    }

    // An advisory lock: a file opened without sharing, held as long as it is open.
    private static async Task<FileStream> ExclusiveLockAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 1200)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
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

        throw new InvalidOperationException($"No Pixyer.sln above {AppContext.BaseDirectory}.");
    }
}

public sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => $"{StandardOutput}\n{StandardError}";
}
