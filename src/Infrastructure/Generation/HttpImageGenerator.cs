using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Generation;
using Pixyer.Application.Common.Imaging;
using Polly.Timeout;
using SkiaSharp;

namespace Pixyer.Infrastructure.Generation;

/// <summary>
/// An external large-model provider behind a small HTTP protocol. Each call sends the person's photo to that provider,
/// so the caller records a disclosure to <see cref="RecipientKey"/> (S1).
/// </summary>
/// <remarks>
/// The protocol, for a provider to implement:
/// <code>
/// POST {BaseUrl}/v1/images/render
/// Authorization: Bearer {ApiKey}
/// Content-Type: application/json
/// Accept: image/png
///
/// { "template": "studio", "format": "square", "width": 1080, "height": 1080,
///   "headline": "New in" | null, "image": "&lt;base64 of the product photo: JPEG, PNG or WebP&gt;" }
/// </code>
/// Success is <c>200</c> with <c>Content-Type: image/png</c> and a PNG of exactly <c>width</c> × <c>height</c> pixels.
/// <c>5xx</c>, <c>408</c> and <c>429</c> are retried with exponential backoff (honouring <c>Retry-After</c>) up to
/// <c>MaxRetries</c> times, all within <c>TimeoutSeconds</c>; any other answer fails at once.
/// </remarks>
internal sealed class HttpImageGenerator(HttpClient http, IOptions<ImageGenerationOptions> options) : IImageGenerator
{
    public const string RenderPath = "v1/images/render";

    /// <summary>A visual of the largest format is a few megabytes; more is not an answer to this request.</summary>
    public const long MaxResponseBytes = 32 * 1024 * 1024;

    private static readonly string Png = ImageFormat.Png.ContentType();

    public string? RecipientKey => options.Value.Http.RecipientKey;

    public async Task<GeneratedImage> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value.Http;
        var body = new RenderRequest(
            request.Template, request.Format.Name, request.Format.Width, request.Format.Height, request.Headline,
            Convert.ToBase64String(request.Product.Span));
        // Bytes, not a stream: a retry sends the same content again.
        using var message = new HttpRequestMessage(HttpMethod.Post, RenderPath)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, JsonSerializerOptions.Web))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
            },
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Png));

        try
        {
            using var response = await http.SendAsync(message, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new ImageGenerationException(
                    $"The image provider answered {(int)response.StatusCode} ({response.ReasonPhrase}), retries included.");
            }

            if (response.Content.Headers.ContentType?.MediaType != Png)
            {
                throw new ImageGenerationException(
                    $"The image provider answered '{response.Content.Headers.ContentType?.MediaType}' instead of {Png}.");
            }

            return Validated(await response.Content.ReadAsByteArrayAsync(cancellationToken), request.Format);
        }
        catch (TimeoutRejectedException timeout)
        {
            throw new ImageGenerationException($"The image provider did not answer within {settings.TimeoutSeconds} s, retries included.", timeout);
        }
        catch (HttpRequestException failure)
        {
            throw new ImageGenerationException("The image provider could not be reached, or its answer could not be read.", failure);
        }
    }

    /// <summary>The answer must decode completely as a PNG of exactly the requested size.</summary>
    private static GeneratedImage Validated(byte[] content, RenderFormat format)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data)
                          ?? throw new ImageGenerationException("The image provider's answer is not an image.");
        if (codec.EncodedFormat != SKEncodedImageFormat.Png)
        {
            throw new ImageGenerationException($"The image provider's answer is {codec.EncodedFormat}, not PNG.");
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width != format.Width || height != format.Height)
        {
            throw new ImageGenerationException(
                $"The image provider answered {width}×{height} for the {format.Name} format of {format.Width}×{format.Height}.");
        }

        using var bitmap = new SKBitmap(codec.Info);
        var decoded = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (decoded != SKCodecResult.Success)
        {
            throw new ImageGenerationException($"The image provider's PNG does not decode ({decoded}).");
        }

        return new GeneratedImage(content, Png, width, height);
    }

    /// <summary>The request body of the protocol above (camelCase on the wire).</summary>
    private sealed record RenderRequest(string Template, string Format, int Width, int Height, string? Headline, string Image);
}
