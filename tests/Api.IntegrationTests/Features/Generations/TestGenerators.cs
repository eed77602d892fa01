using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Generation;
using Pixyer.Infrastructure.Imaging;

namespace Pixyer.Api.IntegrationTests.Features.Generations;

/// <summary>
/// Generators at the edge the worker calls: the built-in renderer does the drawing, the wrapper decides what else
/// happens. A node using one is a second app on the same database and clock.
/// </summary>
public static class TestGenerators
{
    public static WebApplicationFactory<Program> WithGenerator(this PixyerApiFactory app, IImageGenerator generator) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(generator)));
}

/// <summary>Renders the first format, then "dies": cancels the worker's token, as a killed process stops mid-job.</summary>
public sealed class DyingGenerator(CancellationTokenSource death) : IImageGenerator
{
    private readonly SkiaImageGenerator renderer = new();
    private int calls;

    public string? RecipientKey => null;

    public async Task<GeneratedImage> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref calls) > 1)
        {
            await death.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }

        return await renderer.GenerateAsync(request, cancellationToken);
    }
}

/// <summary>Stands for an external provider: the photo goes to the recipient <paramref name="recipientKey"/> on every call.</summary>
public sealed class DisclosingGenerator(string recipientKey) : IImageGenerator
{
    private readonly SkiaImageGenerator renderer = new();
    private int calls;

    public string? RecipientKey => recipientKey;

    /// <summary>How many times the photo was sent.</summary>
    public int Calls => Volatile.Read(ref calls);

    public Task<GeneratedImage> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return renderer.GenerateAsync(request, cancellationToken);
    }
}

/// <summary>Renders once let through: the test holds the worker mid-format for as long as it likes.</summary>
public sealed class GatedGenerator : IImageGenerator
{
    private readonly SkiaImageGenerator renderer = new();
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string? RecipientKey => null;

    /// <summary>Completes when a worker is inside the generator.</summary>
    public Task Entered => entered.Task;

    public void Open() => gate.TrySetResult();

    public async Task<GeneratedImage> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        entered.TrySetResult();
        await gate.Task.WaitAsync(cancellationToken);
        return await renderer.GenerateAsync(request, cancellationToken);
    }
}
