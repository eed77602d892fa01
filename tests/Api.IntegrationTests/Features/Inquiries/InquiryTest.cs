using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Pixyer.Api.IntegrationTests.Features.Deletion;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Inquiries;

namespace Pixyer.Api.IntegrationTests.Features.Inquiries;

/// <summary>The steps the inquiry tests share: writing one, support staff, the mailed token, messages with or without an image.</summary>
public abstract partial class InquiryTest(PixyerApiFactory app) : DeletionTest(app)
{
    protected const string Inquiries = "/api/v1/inquiries";
    protected const string Queue = "/api/v1/admin/inquiries";

    protected static object AnonymousBody(string email, string kind = "complaint") =>
        new { kind, subject = "Invoice charged twice", message = "I was charged twice for March.", name = "Robin Example", email };

    protected static async Task<InquiryDto> SubmitAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync(Inquiries, body);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<InquiryDto>())!;
    }

    /// <summary>A signed-in account that an admin made Support staff.</summary>
    protected async Task<SignedIn> SignUpSupportAsync()
    {
        var admin = await SignUpAdminAsync();
        var support = await SignUpAsync();
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{support.User.Id}/roles", new { roles = new[] { "Support" } }), HttpStatusCode.OK);
        return support;
    }

    /// <summary>A new session, for after the clock moved past the old one's lifetime.</summary>
    protected async Task<SignedIn> SignInAgainAsync(SignedIn who) => who with { Client = BearerClient((await LogInAsync(who.User)).Token) };

    /// <summary>Delivers the queued mails and reads the access token from the last one to <paramref name="address"/>.</summary>
    protected async Task<string> MailedTokenAsync(string address, Guid inquiry)
    {
        var mail = await Mailbox.DeliverAndReadLastAsync(address);
        var match = TokenPattern().Match(mail.TextBody ?? "");
        Assert.True(match.Success, "The mail carries no link to the thread.");
        Assert.Equal(inquiry, Guid.Parse(match.Groups[1].Value));
        return match.Groups[2].Value;
    }

    protected static async Task<Paged<InquirySummaryDto>> QueueAsync(SignedIn staff, string query = "") =>
        (await staff.Client.GetFromJsonAsync<Paged<InquirySummaryDto>>($"{Queue}{query}"))!;

    protected static Task<HttpResponseMessage> PostMessageAsync(HttpClient client, string path, string text, byte[]? image = null, bool verificationQuestion = false)
    {
        var form = new MultipartFormDataContent { { new StringContent(text), "text" } };
        if (verificationQuestion)
        {
            form.Add(new StringContent("true"), "verificationQuestion");
        }

        if (image is not null)
        {
            var file = new ByteArrayContent(image);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "image", "photo.png");
        }

        return client.PostAsync(path, form);
    }

    protected static async Task<InquiryDto> ReadInquiryAsync(HttpResponseMessage response)
    {
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<InquiryDto>())!;
    }

    [GeneratedRegex(@"/inquiries/([0-9a-f-]{36})\?token=([0-9a-f]+)")]
    private static partial Regex TokenPattern();
}
