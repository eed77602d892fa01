using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Exports;
using Pixyer.Application.Features.Exports.RequestExport;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Exports;

/// <summary>Data exports as their owner drives them: ask, let the worker build the archive, download and open it.</summary>
public abstract class ExportTest(PixyerApiFactory app) : GenerationTest(app)
{
    protected static async Task<Guid> RequestExportAsync(SignedIn user)
    {
        var response = await user.Client.PostAsync("/api/v1/me/exports", null);
        await Expect.StatusAsync(response, HttpStatusCode.Accepted);
        return (await response.Content.ReadFromJsonAsync<ExportAccepted>())!.Id;
    }

    protected Task<int> RunExportWorkerAsync() => App.Services.GetRequiredService<ExportWorker>().RunAsync("test-worker", CancellationToken.None);

    /// <summary>Requests an export, runs the worker and answers the downloaded archive's entries by path.</summary>
    protected async Task<Dictionary<string, byte[]>> ExportAndDownloadAsync(SignedIn user)
    {
        var export = await RequestExportAsync(user);
        await RunExportWorkerAsync();
        var state = (await user.Client.GetFromJsonAsync<ExportState>($"/api/v1/me/exports/{export}"))!;
        Assert.Equal("ready", state.Status);
        return Unzip(await user.Client.GetByteArrayAsync(state.DownloadUrl));
    }

    protected static Dictionary<string, byte[]> Unzip(byte[] archive)
    {
        using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(
            e => e.FullName,
            e =>
            {
                using var content = new MemoryStream();
                using (var entry = e.Open())
                {
                    entry.CopyTo(content);
                }

                return content.ToArray();
            });
    }

    /// <summary>Every JSON entry of the archive (the manifest and the data files), parsed.</summary>
    protected static Dictionary<string, JsonElement> JsonEntries(Dictionary<string, byte[]> entries) =>
        entries.Where(e => e.Key.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(e => e.Key, e => JsonDocument.Parse(e.Value).RootElement.Clone());

    /// <summary>
    /// A user with data in as many sources as the API lets them fill: an upload and its generated asset, consents
    /// granted and withdrawn several times, two sessions, a profile correction, an analytics event, model feedback,
    /// an idempotent request, a correction request and a disclosure logged by staff, and the mails all of it sent.
    /// </summary>
    protected async Task<SignedIn> SignUpWithDataInEverySourceAsync()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        await RequestAcceptedAsync(me, upload, "studio", ["square", "story"]);
        await RunWorkerAsync();
        foreach (var (purpose, granted) in new[] { ("marketing_email", true), ("marketing_email", false), ("model_improvement", true), ("third_party_sharing", true), ("marketing_email", true) })
        {
            await Expect.StatusAsync(await me.Client.PutAsJsonAsync($"/api/v1/me/consents/{purpose}", new { granted }), HttpStatusCode.OK);
        }

        await LogInAsync(me.User);
        await Expect.StatusAsync(await me.Client.PatchAsJsonAsync("/api/v1/me", new { username = Unique("renamed") }), HttpStatusCode.OK);
        await Expect.StatusAsync(await me.Client.PutAsJsonAsync("/api/v1/cookie-consent", new { analytics = true, advertising = false }), HttpStatusCode.OK);
        await me.Client.PostAsJsonAsync("/api/v1/events", new { type = "PageView", page = "/pricing" });
        await Expect.StatusAsync(await me.Client.PostAsJsonAsync("/api/v1/me/model-feedback", new { rating = 4, comment = "Crisp shadows" }), HttpStatusCode.Created);
        using (var keyed = new HttpRequestMessage(HttpMethod.Post, "/api/v1/generations") { Content = JsonContent.Create(new { uploadId = upload, template = "studio", formats = new[] { "square" } }) })
        {
            keyed.Headers.Add("Idempotency-Key", Unique("key"));
            await Expect.StatusAsync(await me.Client.SendAsync(keyed), HttpStatusCode.Accepted);
        }

        await Expect.StatusAsync(
            await admin.Client.PostAsJsonAsync("/api/v1/admin/rights-requests", new { subjectId = me.User.Id, note = "Wrong date of birth" }), HttpStatusCode.Created);
        var partner = await admin.Client.RegisterRecipientAsync("ad-partner", "business_needs", name: "Partner Brands Co.");
        await Expect.StatusAsync(
            await admin.Client.PostAsJsonAsync("/api/v1/admin/disclosures", new
            {
                subjectId = me.User.Id,
                recipientId = partner.Id,
                purpose = "service_provision",
                legalBasis = "consent",
                dataCategories = new[] { "identity", "contact" },
                reference = "campaign-2026-07",
            }),
            HttpStatusCode.Created);
        return me;
    }
}
