using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.S3;
using Microsoft.Extensions.Options;
using Pixyer.Infrastructure;
using Pixyer.Infrastructure.Files;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway S3-compatible server (s3rver from <c>tools/s3rver</c>, on Node) on a free loopback port with a temp
/// folder, started by the first test that needs it and stopped with the test run. Its bucket is the S3 store's.
/// </summary>
public sealed class S3Server : IAsyncDisposable
{
    public const string Bucket = "pixyer-test";

    // s3rver's fixed credentials: it checks the signature, so they are real ones for it and for nothing else.
    private const string AccessKey = "S3RVER";
    private const string SecretKey = "S3RVER";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim starting = new(1, 1);
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"pixyer-s3-{Guid.NewGuid():N}");
    private Process? process;
    private string? serviceUrl;

    /// <summary>The settings that put an app's files into this server's bucket.</summary>
    public async Task<Dictionary<string, string>> SettingsAsync()
    {
        var url = await StartAsync();
        return new()
        {
            ["Pixyer:Files:Store"] = FileStoreOptions.S3Store,
            ["Pixyer:Files:S3:Bucket"] = Bucket,
            ["Pixyer:Files:S3:Region"] = "us-east-1",
            ["Pixyer:Files:S3:ServiceUrl"] = url,
            ["Pixyer:Files:S3:ForcePathStyle"] = "true",
            ["Pixyer:Files:S3:AccessKey"] = AccessKey,
            ["Pixyer:Files:S3:SecretKey"] = SecretKey,
            ["Pixyer:Files:S3:ServerSideEncryption"] = "AES256",
        };
    }

    /// <summary>The options an S3 store built outside an app is given.</summary>
    public async Task<IOptions<InfrastructureOptions>> OptionsAsync()
    {
        var settings = await SettingsAsync();
        return Options.Create(new InfrastructureOptions
        {
            Files = new FileStoreOptions
            {
                Store = FileStoreOptions.S3Store,
                S3 = new S3StoreOptions
                {
                    Bucket = Bucket,
                    Region = settings["Pixyer:Files:S3:Region"],
                    ServiceUrl = settings["Pixyer:Files:S3:ServiceUrl"],
                    ForcePathStyle = true,
                    AccessKey = AccessKey,
                    SecretKey = SecretKey,
                    ServerSideEncryption = settings["Pixyer:Files:S3:ServerSideEncryption"],
                },
            },
        });
    }

    public async Task<IAmazonS3> ClientAsync() => S3Client.Create((await OptionsAsync()).Value.Files.S3);

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        starting.Dispose();
    }

    private async Task<string> StartAsync()
    {
        await starting.WaitAsync();
        try
        {
            return serviceUrl ??= await LaunchAsync();
        }
        finally
        {
            starting.Release();
        }
    }

    private async Task<string> LaunchAsync()
    {
        var tools = new NodePackages("tools", "s3rver");
        await tools.EnsureInstalledAsync();
        Directory.CreateDirectory(directory);
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = tools.Folder,
        };
        // s3rver signs its ListObjectsV2 continuation tokens with DES, which Node's OpenSSL 3 loads only as a legacy
        // algorithm: without it, a listing longer than one page answers InternalError.
        foreach (var argument in new[] { "--openssl-legacy-provider", "server.js", directory, port.ToString(System.Globalization.CultureInfo.InvariantCulture), Bucket })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line?.StartsWith("listening", StringComparison.Ordinal) != true)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"s3rver did not start: {line}\n{await errors}");
        }

        return $"http://127.0.0.1:{port}";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
