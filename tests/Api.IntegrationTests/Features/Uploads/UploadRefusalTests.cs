using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Uploads;

/// <summary>Files that are not what they claim, or too big: refused with a clear problem, and nothing kept.</summary>
public sealed class UploadRefusalTests(PixyerApiFactory app) : UploadTest(app)
{
    public static TheoryData<string, byte[], HttpStatusCode, string> BadFiles()
    {
        var jpeg = TestImages.Jpeg(640, 480);
        var png = TestImages.Png(320, 240);
        var garbage = new byte[8192];
        new Random(42).NextBytes(garbage);
        return new()
        {
            { "html renamed .jpg", "<!DOCTYPE html><html><script>fetch('/api/v1/me')</script></html>"u8.ToArray(), HttpStatusCode.UnsupportedMediaType, "unsupported-image-type" },
            { "plain text", Encoding.UTF8.GetBytes("not a picture at all"), HttpStatusCode.UnsupportedMediaType, "unsupported-image-type" },
            { "empty file", [], HttpStatusCode.UnsupportedMediaType, "unsupported-image-type" },
            { "truncated jpeg", jpeg[..(jpeg.Length / 2)], HttpStatusCode.UnprocessableEntity, "image-malformed" },
            { "png header then garbage", [.. png[..33], .. garbage], HttpStatusCode.UnprocessableEntity, "image-malformed" },
            { "jpeg then zip (polyglot)", [.. jpeg, 0x50, 0x4B, 0x03, 0x04, .. "payload.js"u8], HttpStatusCode.UnprocessableEntity, "image-trailing-data" },
            { "png then html (polyglot)", [.. png, .. "<html><script>alert(1)</script>"u8], HttpStatusCode.UnprocessableEntity, "image-trailing-data" },
            { "100 MP png header, no body", TestImages.PngHeaderOnly(10_000, 10_000), HttpStatusCode.UnprocessableEntity, "image-too-many-pixels" },
            { "100 MP jpeg header, no body", TestImages.JpegHeaderOnly(10_000, 10_000), HttpStatusCode.UnprocessableEntity, "image-too-many-pixels" },
        };
    }

    [Theory]
    [Trait("Obligation", "C2")]
    [MemberData(nameof(BadFiles))]
    public async Task Upload_WhenFileIsNotAnAcceptableImage_ShouldAnswerItsProblemAndKeepNothing(
        string label, byte[] bytes, HttpStatusCode status, string problemType)
    {
        var me = await SignUpAsync();

        // Named and declared as a JPEG whatever it is: neither is believed.
        var response = await PostAsync(me.Client, bytes, $"{label}.jpg", "image/jpeg");

        var problem = await Expect.ProblemAsync(response, status, problemType);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        await AssertNothingStoredAsync(me);
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Upload_WhenBodyIs25Megabytes_ShouldAnswer413AndKeepNothing()
    {
        var me = await SignUpAsync();
        var jpeg = TestImages.Jpeg(64, 64);
        var big = new byte[25 * 1024 * 1024];
        jpeg.CopyTo(big, 0);

        var response = await PostAsync(me.Client, big);

        await Expect.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        await AssertNothingStoredAsync(me);
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Upload_WhenBodyOfUndeclaredLengthRunsPastTheLimit_ShouldAnswer413AndKeepNothing()
    {
        var me = await SignUpAsync();
        var form = Form(new byte[25 * 1024 * 1024], "stream.jpg");
        // Sent chunked, without a Content-Length: the limit is counted while the body is read.
        var chunked = new StreamContent(new UnknownLengthStream(await form.ReadAsStreamAsync()));
        chunked.Headers.ContentType = form.Headers.ContentType;

        var response = await me.Client.PostAsync(Uploads, chunked);

        await Expect.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        await AssertNothingStoredAsync(me);
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Upload_WhenFileIsOverAConfiguredLimit_ShouldAnswer413WithThatLimit()
    {
        using var small = App.WithSettings(new() { ["Pixyer:Uploads:MaxBytes"] = "2000" });
        var me = await SignUpAsync();
        using var client = small.CreateApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", me.Session.Token);
        var image = TestImages.Jpeg(400, 400);
        // Over the file limit, well within the request's (file limit + multipart allowance): the command refuses it.
        Assert.InRange(image.Length, 2_001, 60_000);

        var response = await PostAsync(client, image);

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        Assert.Equal(2_000, problem.GetProperty("maxBytes").GetInt64());
        await AssertNothingStoredAsync(me);
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Upload_WhenPixelLimitIsConfiguredLower_ShouldRefuseARealImageOverIt()
    {
        using var strict = App.WithSettings(new() { ["Pixyer:Uploads:MaxPixels"] = "100000" });
        var me = await SignUpAsync();
        using var client = strict.CreateApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", me.Session.Token);

        var response = await PostAsync(client, TestImages.Jpeg(400, 300));

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "image-too-many-pixels");
        Assert.Equal((400, 300), (problem.GetProperty("width").GetInt32(), problem.GetProperty("height").GetInt32()));
        await AssertNothingStoredAsync(me);
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Upload_WhenNoFileField_ShouldAnswer400()
    {
        var me = await SignUpAsync();
        var form = new MultipartFormDataContent { { new StringContent("hello"), "comment" } };

        var response = await me.Client.PostAsync(Uploads, form);

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "malformed-request");
        await AssertNothingStoredAsync(me);
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Upload_WhenNotSignedIn_ShouldAnswer401()
    {
        var response = await PostAsync(Client, TestImages.Jpeg(64, 64));

        await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    /// <summary>Hides the length, so that HttpClient sends the body chunked.</summary>
    private sealed class UnknownLengthStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
