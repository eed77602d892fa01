using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Generation;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Features.Generations;

/// <summary>
/// The HTTP adapter for an external large-model provider, resolved from the real host's container and run against a
/// fake provider on loopback. Retry waits and the timeout run on the app's clock, which the tests move.
/// </summary>
public sealed class HttpImageGeneratorTests(PixyerApiFactory app) : ApiTest(app)
{
    private const string ApiKey = "sk-test-7f3a9c1e5b";
    private const string ProviderKey = "acme-image-models";
    private static readonly RenderFormat Square = new("square", 64, 64);

    [Fact]
    [Trait("Obligation", "C3")]
    [Trait("Obligation", "S1")]
    public async Task Generate_WhenProviderAnswers_ShouldSendPhotoAndKeyAndReturnThePngOfTheRequestedSize()
    {
        await using var provider = await FakeImageProvider.StartAsync();
        await using var host = Host(provider);
        var generator = host.Services.GetRequiredService<IImageGenerator>();
        var photo = Photo();

        var image = await generator.GenerateAsync(new GenerationRequest(photo, "studio", Square, "New in"), CancellationToken.None);

        Assert.Equal(ProviderKey, generator.RecipientKey);
        Assert.Equal(("image/png", 64, 64), (image.ContentType, image.Width, image.Height));
        using (var decoded = SKBitmap.Decode(image.Content))
        {
            Assert.Equal((64, 64), (decoded.Width, decoded.Height));
        }

        var received = Assert.Single(provider.Received);
        Assert.Equal($"Bearer {ApiKey}", received.Authorization);
        Assert.Equal(
            ("studio", "square", 64, 64, "New in"),
            (received.Body.GetProperty("template").GetString(), received.Body.GetProperty("format").GetString(),
                received.Body.GetProperty("width").GetInt32(), received.Body.GetProperty("height").GetInt32(),
                received.Body.GetProperty("headline").GetString()));
        Assert.Equal(photo, received.Body.GetProperty("image").GetBytesFromBase64());
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Generate_WhenProviderFailsTwiceWith503_ShouldRetryAndSucceedOnTheThirdAttempt()
    {
        await using var provider = await FakeImageProvider.StartAsync();
        await using var host = Host(provider);
        provider.FailNext(2);

        var image = await WithClockRunningAsync(
            GenerateAsync(host));

        Assert.Equal(3, provider.Received.Count);
        Assert.Equal((64, 64), (image.Width, image.Height));
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Generate_WhenProviderKeepsFailing_ShouldGiveUpAfterTheRetriesWithAClearFailure()
    {
        await using var provider = await FakeImageProvider.StartAsync();
        await using var host = Host(provider, ("Pixyer:Generation:Http:MaxRetries", "2"));
        provider.FailNext(10);

        var failure = await Assert.ThrowsAsync<ImageGenerationException>(() => WithClockRunningAsync(
            GenerateAsync(host)));

        Assert.Equal(3, provider.Received.Count);
        Assert.Contains("503", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Generate_WhenProviderRefusesTheRequest_ShouldFailAtOnceWithoutRetrying()
    {
        await using var provider = await FakeImageProvider.StartAsync();
        await using var host = Host(provider);
        provider.FailNext(1, HttpStatusCode.BadRequest);

        var failure = await Assert.ThrowsAsync<ImageGenerationException>(
            () => GenerateAsync(host));

        Assert.Single(provider.Received);
        Assert.Contains("400", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Generate_WhenProviderHangs_ShouldFailWithATimeoutOnceTheTotalTimeoutHasPassed()
    {
        await using var provider = await FakeImageProvider.StartAsync();
        await using var host = Host(provider, ("Pixyer:Generation:Http:TimeoutSeconds", "20"));
        provider.Hang();
        var generation = GenerateAsync(host);
        await provider.FirstRequest.WaitAsync(TimeSpan.FromSeconds(10));

        App.Clock.Advance(TimeSpan.FromSeconds(19));
        await Task.Delay(200);
        Assert.False(generation.IsCompleted, "the call gave up before its timeout");
        App.Clock.Advance(TimeSpan.FromSeconds(2));
        var failure = await Assert.ThrowsAsync<ImageGenerationException>(() => generation.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("did not answer within 20 s", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Generate_WhenProviderAnswersAnotherSize_ShouldFailClearly()
    {
        await using var provider = await FakeImageProvider.StartAsync();
        await using var host = Host(provider);
        provider.AnswerWrongSize();

        var failure = await Assert.ThrowsAsync<ImageGenerationException>(
            () => GenerateAsync(host));

        Assert.Contains("65×64", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task Generate_WhenEverythingIsLogged_ShouldNeverLogTheApiKey()
    {
        await using var provider = await FakeImageProvider.StartAsync();
        var logs = new CapturingLoggerProvider();
        await using var host = Host(provider, ("Logging:LogLevel:Default", "Trace"))
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        provider.FailNext(1);

        await WithClockRunningAsync(
            GenerateAsync(host));

        Assert.Contains(logs.Messages, m => m.Contains("Authorization", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Obligation", "S1")]
    public void Start_WhenHttpProviderLacksItsSettings_ShouldFailNamingEachOne()
    {
        using var misconfigured = App.WithSettings(new() { ["Pixyer:Generation:Provider"] = "http" });

        var failure = Assert.ThrowsAny<Exception>(() => misconfigured.CreateApiClient());

        Assert.Contains("Pixyer:Generation:Http:BaseUrl", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("Pixyer:Generation:Http:ApiKey", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("Pixyer:Generation:Http:RecipientKey", failure.ToString(), StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> Host(FakeImageProvider provider, params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string>
        {
            ["Pixyer:Generation:Provider"] = "http",
            ["Pixyer:Generation:Http:BaseUrl"] = provider.BaseUrl,
            ["Pixyer:Generation:Http:ApiKey"] = ApiKey,
            ["Pixyer:Generation:Http:RecipientKey"] = ProviderKey,
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return App.WithSettings(settings);
    }

    private static Task<GeneratedImage> GenerateAsync(WebApplicationFactory<Program> host) =>
        host.Services.GetRequiredService<IImageGenerator>().GenerateAsync(new GenerationRequest(Photo(), "studio", Square, null), CancellationToken.None);

    /// <summary>Moves the app's clock on until <paramref name="work"/> is done, so that retry waits pass at once.</summary>
    private async Task<T> WithClockRunningAsync<T>(Task<T> work)
    {
        for (var step = 0; step < 600 && !work.IsCompleted; step++)
        {
            App.Clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(work, Task.Delay(20));
        }

        return await work;
    }

    private static byte[] Photo()
    {
        using var surface = SKSurface.Create(new SKImageInfo(40, 30));
        surface.Canvas.Clear(SKColors.SteelBlue);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }
}
