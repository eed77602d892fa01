using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Consents;
using Pixyer.Application.Features.Uploads;

namespace Pixyer.Api.IntegrationTests.Clients;

/// <summary>
/// The TypeScript client generated from the document the API serves, type-checked strictly, and its journey run
/// by node against the API on a real port: what an SPA team would build on the contract.
/// </summary>
public sealed class TypeScriptClientTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "C1")]
    [Trait("Obligation", "G4")]
    public async Task TheGeneratedClient_TypeChecksStrictly_AndRegistersVerifiesLogsInWithdrawsAConsentAndUploads()
    {
        using var client = await TypeScriptClient.PrepareAsync();
        await using var live = LiveApi.Start(App);
        using var http = live.CreateClient();
        await File.WriteAllBytesAsync(client.DocumentPath, await http.GetByteArrayAsync("/swagger/v1/swagger.json"));

        Succeeded(await client.GenerateAsync(), "openapi-typescript");
        Succeeded(await client.TypeCheckAsync(), "tsc --noEmit --strict");
        Succeeded(await client.CompileAsync(), "tsc");

        var email = $"{Unique("ts")}@example.com";
        var tokenFile = Path.Combine(client.RunFolder, "verification-token");
        var image = Path.Combine(client.RunFolder, "image.png");
        await File.WriteAllBytesAsync(image, TestImages.Png(64, 48));
        var journey = client.RunJourneyAsync(new()
        {
            ["PIXYER_API"] = live.BaseUrl,
            ["PIXYER_EMAIL"] = email,
            ["PIXYER_TOKEN_FILE"] = tokenFile,
            ["PIXYER_IMAGE"] = image,
        });
        await HandOverTheVerificationTokenAsync(email, tokenFile, journey);
        var result = await journey;

        Succeeded(result, "the journey");
        using var outcome = JsonDocument.Parse(result.StandardOutput.Trim().Split('\n')[^1]);
        var session = await LogInAsync(new TestUser(outcome.RootElement.GetProperty("accountId").GetGuid(), "", email, GoodPassword));
        using var me = BearerClient(session.Token);
        var consents = await me.GetFromJsonAsync<List<ConsentState>>("/api/v1/me/consents");
        var marketing = consents!.Single(c => c.Purpose == "marketing_email");
        Assert.False(marketing.Granted);
        Assert.NotNull(marketing.ChangedAt);
        var uploads = await me.GetFromJsonAsync<Paged<UploadSummary>>("/api/v1/uploads");
        Assert.Equal(outcome.RootElement.GetProperty("uploadId").GetGuid(), Assert.Single(uploads!.Items).Id);
        Assert.Equal((64, 48), (uploads.Items[0].Width, uploads.Items[0].Height));
    }

    /// <summary>Delivers the mail as the job would, and gives the journey the token from it, as a person copies it.</summary>
    private async Task HandOverTheVerificationTokenAsync(string email, string tokenFile, Task<CommandResult> journey)
    {
        for (var attempt = 0; attempt < 240 && !journey.IsCompleted; attempt++)
        {
            await Mailbox.DeliverAsync();
            // The consent given at registration may bring a mail of its own.
            if (Mailbox.To(email).FirstOrDefault(m => m.TextBody?.Contains("/verify-email?token=", StringComparison.Ordinal) == true) is { } mail)
            {
                await File.WriteAllTextAsync(tokenFile, Mails.VerificationToken(mail));
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    private static void Succeeded(CommandResult result, string step) =>
        Assert.True(result.ExitCode == 0, $"{step} exited with {result.ExitCode}:\n{result.Output}");
}
