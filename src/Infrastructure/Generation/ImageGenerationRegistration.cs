using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Pixyer.Application.Common.Generation;
using Polly;

namespace Pixyer.Infrastructure.Generation;

public static class ImageGenerationRegistration
{
    /// <summary>
    /// Registers the <see cref="IImageGenerator"/> <c>Pixyer:Generation:Provider</c> names. Settings that cannot work stop
    /// the start-up with every problem named.
    /// </summary>
    public static IServiceCollection AddPixyerImageGeneration(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ImageGenerationOptions.Section);
        var options = section.Get<ImageGenerationOptions>() ?? new ImageGenerationOptions();
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Image generation is misconfigured: {string.Join("; ", problems)}.");
        }

        services.Configure<ImageGenerationOptions>(section);
        if (options.UsesHttpProvider)
        {
            services.AddHttpImageGenerator(options.Http);
        }

        // builtin: the in-process renderer (registered by the built-in renderer's feature).
        return services;
    }

    private static void AddHttpImageGenerator(this IServiceCollection services, ImageGenerationOptions.HttpProviderOptions http) =>
        services.AddHttpClient<IImageGenerator, HttpImageGenerator>(client =>
            {
                client.BaseAddress = new Uri(http.BaseUrl!.TrimEnd('/') + "/");
                // The pipeline's total timeout governs, waits between retries included.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.MaxResponseContentBufferSize = HttpImageGenerator.MaxResponseBytes;
            })
            // Header values never reach a log: the API key travels in one.
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("image-provider", pipeline =>
            {
                pipeline.AddTimeout(TimeSpan.FromSeconds(http.TimeoutSeconds));
                if (http.MaxRetries > 0)
                {
                    // Retries 5xx, 408, 429 and network failures; honours Retry-After.
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = http.MaxRetries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromSeconds(1),
                    });
                }
            });
}
