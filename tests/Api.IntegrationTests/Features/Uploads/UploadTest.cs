using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Features.Uploads;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Files;

namespace Pixyer.Api.IntegrationTests.Features.Uploads;

/// <summary>Sending files as a browser's form would, and looking into the file store afterwards.</summary>
public abstract class UploadTest(PixyerApiFactory app) : ApiTest(app)
{
    protected const string Uploads = "/api/v1/uploads";

    protected IFileStore Store => App.Services.GetRequiredService<IFileStore>();

    protected static MultipartFormDataContent Form(byte[] bytes, string fileName, string contentType = "image/jpeg")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    protected static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] bytes, string fileName = "photo.jpg", string contentType = "image/jpeg") =>
        client.PostAsync(Uploads, Form(bytes, fileName, contentType));

    protected static async Task<UploadSummary> UploadAsync(HttpClient client, byte[] bytes, string fileName = "photo.jpg", string contentType = "image/jpeg")
    {
        var response = await PostAsync(client, bytes, fileName, contentType);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<UploadSummary>())!;
    }

    protected static async Task<(byte[] Bytes, string? ContentType)> DownloadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>What a refused upload must not leave: a file of the owner, or a half-written file of anyone.</summary>
    protected async Task AssertNothingStoredAsync(SignedIn owner)
    {
        Assert.Empty(await Store.ListAsync(new AccountId(owner.User.Id), CancellationToken.None));
        var files = Path.Combine(App.DataDirectory, LocalFileStore.FolderName);
        Assert.Empty(Directory.Exists(files) ? Directory.EnumerateFiles(files, "*.partial", SearchOption.AllDirectories) : []);
        Assert.Equal(0, await WithDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Uploads)));
    }
}
