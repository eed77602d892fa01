using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Features.Deletion;
using Pixyer.Application.Features.Exports.RequestExport;
using Pixyer.Application.Features.Sessions.LogIn;
using Pixyer.Domain.Exports;
using Pixyer.Domain.Uploads;
using Pixyer.Infrastructure.Files;
using Pixyer.Infrastructure.Jobs;
using Pixyer.Infrastructure.Persistence;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Features.Deletion;

/// <summary>
/// On any host: a person with uploads, a generated asset, a built export, delivered mails and consents deletes their
/// account and the erasure job runs. Before the erasure, their upload's file is copied aside, as a backup would hold it.
/// </summary>
public sealed partial class ErasedAccountScenario(WebApplicationFactory<Program> app, string dataDirectory)
{
    private Mailbox Mailbox => new(app.Services, Path.Combine(dataDirectory, "mail"));

    public async Task<ErasedAccount> RunAsync(Action<string>? beforeErasure = null)
    {
        var username = $"leaver{Guid.NewGuid():N}"[..16];
        var email = $"{username}.Person@Example.com";
        var me = await SignUpAsync(username, email);
        var upload = await me.UploadPhotoAsync(new SKColor(0x12, (byte)Random.Shared.Next(256), (byte)Random.Shared.Next(256)));
        await Expect.StatusAsync(
            await me.Client.PostAsJsonAsync("/api/v1/generations", new { uploadId = upload, template = "studio", formats = new[] { "square" } }),
            HttpStatusCode.Accepted);
        await app.Services.GetRequiredService<GenerationWorker>().RunAsync("erasure-test", CancellationToken.None);
        await Expect.StatusAsync(await me.Client.PutAsJsonAsync("/api/v1/me/consents/marketing_email", new { granted = true }), HttpStatusCode.OK);
        var export = await me.Client.PostAsync("/api/v1/me/exports", null);
        await Expect.StatusAsync(export, HttpStatusCode.Accepted);
        await app.Services.GetRequiredService<ExportWorker>().RunAsync("test-worker", CancellationToken.None);
        var exportId = (await export.Content.ReadFromJsonAsync<ExportAccepted>())!.Id;
        Assert.True(await WithDatabaseAsync(db => db.DataExports.AnyAsync(e => e.Id == new DataExportId(exportId) && e.ArchiveKey != null)), "the export was built");
        var stored = await WithDatabaseAsync(db => db.Uploads.Where(u => u.Id == new UploadId(upload)).Select(u => new { u.Sha256, u.FileKey }).SingleAsync());
        var (sha256, fileKey) = (stored.Sha256, stored.FileKey);

        var requested = await me.Client.PostAsJsonAsync("/api/v1/me/deletion-request", new { password = ApiTest.GoodPassword });
        await Expect.StatusAsync(requested, HttpStatusCode.Accepted);
        var id = (await requested.Content.ReadFromJsonAsync<DeletionRequestDto>())!.Id;
        var mail = await Mailbox.DeliverAndReadLastAsync(email);
        var token = TokenLine().Match(mail.TextBody ?? "").Groups[1].Value;
        Assert.True(Mailbox.To(email).Count >= 3, "verification, export and deletion mails are in the pickup folder");
        var copied = await File.ReadAllBytesAsync(FilePath(fileKey));
        var readableBefore = await ReadStoredAsync(fileKey);
        beforeErasure?.Invoke(email);

        await app.Services.GetRequiredService<ErasureWorker>().RunAsync("test-worker", CancellationToken.None);

        Directory.CreateDirectory(Path.GetDirectoryName(FilePath(fileKey))!);
        await File.WriteAllBytesAsync(FilePath(fileKey), copied); // a restored backup of the file
        var readableAfter = await ReadStoredAsync(fileKey);
        File.Delete(FilePath(fileKey));
        using var read = new HttpRequestMessage(HttpMethod.Get, DeletionLinks.Request(id));
        read.Headers.Add(DeletionLinks.TokenHeader, token);
        using var client = app.CreateApiClient();
        var done = (await (await client.SendAsync(read)).Content.ReadFromJsonAsync<DeletionRequestDto>())!;
        return new ErasedAccount(me.User.Id, email, username, sha256, copied, readableBefore, readableAfter, done);
    }

    public Task<T> WithDatabaseAsync<T>(Func<PixyerDbContext, Task<T>> work) => WithDatabaseAsync(app.Services, work);

    public static async Task<T> WithDatabaseAsync<T>(IServiceProvider services, Func<PixyerDbContext, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PixyerDbContext>());
    }

    private string FilePath(string key) => Path.Combine(dataDirectory, LocalFileStore.FolderName, key);

    private async Task<byte[]?> ReadStoredAsync(string fileKey)
    {
        await using var content = await app.Services.GetRequiredService<IFileStore>().OpenReadAsync(fileKey, CancellationToken.None);
        if (content is null)
        {
            return null;
        }

        using var plain = new MemoryStream();
        await content.CopyToAsync(plain);
        return plain.ToArray();
    }

    private async Task<SignedIn> SignUpAsync(string username, string email)
    {
        using var anonymous = app.CreateApiClient();
        var registered = await anonymous.PostAsJsonAsync(
            "/api/v1/accounts",
            new { username, email, password = ApiTest.GoodPassword, dateOfBirth = "1990-05-17", acceptedPolicyVersion = ApiTest.PolicyVersion });
        await Expect.StatusAsync(registered, HttpStatusCode.Accepted);
        var accountId = await RegisteredAccounts.IdOfAsync(app.Services, email);
        var verification = await Mailbox.DeliverAndReadLastAsync(email);
        await Expect.StatusAsync(
            await anonymous.PostAsJsonAsync("/api/v1/accounts/email-verification", new { token = Mails.VerificationToken(verification) }), HttpStatusCode.OK);
        var login = await anonymous.PostAsJsonAsync("/api/v1/sessions", new { email, password = ApiTest.GoodPassword });
        await Expect.StatusAsync(login, HttpStatusCode.OK);
        var session = (await login.Content.ReadFromJsonAsync<LoggedIn>())!;
        var client = app.CreateApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        return new SignedIn(new TestUser(accountId.Value, username, email, ApiTest.GoodPassword), session, client);
    }

    [GeneratedRegex(@"Token:\s+(\S+)")]
    private static partial Regex TokenLine();
}

/// <summary>What the scenario left: the person's values, the copy of their file and whether it could be read, the certificate.</summary>
public sealed record ErasedAccount(
    Guid Id, string Email, string Username, string UploadSha256, byte[] CopiedFile, byte[]? ReadableBefore, byte[]? ReadableAfter, DeletionRequestDto Request)
{
    public string[] Values => [Email, Username, UploadSha256];
}
