using System.Net;
using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Sessions.LogIn;
using Pixyer.Application.Features.Uploads;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Uploads;

namespace Pixyer.Api.IntegrationTests.Features.Uploads;

/// <summary>Only the owner lists, reads and deletes an upload; deleting removes its files too.</summary>
public sealed class UploadAccessTests(PixyerApiFactory app) : UploadTest(app)
{
    [Fact]
    [Trait("Obligation", "C2")]
    public async Task AnotherUser_WhenUsingMyUploadsId_ShouldGet404EverywhereAndLeaveItIntact()
    {
        var a = await SignUpAsync();
        var b = await SignUpAsync();
        var upload = await UploadAsync(a.Client, TestImages.Jpeg(200, 150));

        foreach (var path in new[] { $"{Uploads}/{upload.Id}", upload.ContentUrl, upload.ThumbnailUrl })
        {
            await Expect.ProblemAsync(await b.Client.GetAsync(path), HttpStatusCode.NotFound, "not-found");
        }

        await Expect.ProblemAsync(await b.Client.DeleteAsync($"{Uploads}/{upload.Id}"), HttpStatusCode.NotFound, "not-found");
        Assert.Empty((await b.Client.GetFromJsonAsync<Paged<UploadSummary>>(Uploads))!.Items);
        await Expect.StatusAsync(await a.Client.GetAsync(upload.ContentUrl), HttpStatusCode.OK);
        Assert.Equal(2, (await Store.ListAsync(new AccountId(a.User.Id), CancellationToken.None)).Count);
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Delete_WhenMine_ShouldRemoveTheRecordTheImageAndTheThumbnail()
    {
        var me = await SignUpAsync();
        var upload = await UploadAsync(me.Client, TestImages.Jpeg(200, 150));
        var keys = await WithDatabaseAsync(db => Task.FromResult(db.Uploads.Where(u => u.Id == new UploadId(upload.Id)).Select(u => new[] { u.FileKey, u.ThumbnailKey }).Single()));
        Assert.Equal(keys.Order(StringComparer.Ordinal), await Store.ListAsync(new AccountId(me.User.Id), CancellationToken.None));

        await Expect.StatusAsync(await me.Client.DeleteAsync($"{Uploads}/{upload.Id}"), HttpStatusCode.NoContent);

        foreach (var key in keys)
        {
            Assert.Null(await Store.OpenReadAsync(key, CancellationToken.None));
        }

        Assert.Empty(await Store.ListAsync(new AccountId(me.User.Id), CancellationToken.None));
        Assert.False(await WithDatabaseAsync(db => Task.FromResult(db.Uploads.Any(u => u.Id == new UploadId(upload.Id)))));
        await Expect.ProblemAsync(await me.Client.GetAsync($"{Uploads}/{upload.Id}"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await me.Client.GetAsync(upload.ContentUrl), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task List_ShouldPageMyUploadsNewestFirstWithTheirTotal()
    {
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        await UploadAsync(other.Client, TestImages.Jpeg(64, 64));
        var uploaded = new List<UploadSummary>();
        foreach (var name in new[] { "first.jpg", "second.jpg", "third.jpg" })
        {
            uploaded.Add(await UploadAsync(me.Client, TestImages.Jpeg(64, 64), name));
            App.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var first = (await me.Client.GetFromJsonAsync<Paged<UploadSummary>>($"{Uploads}?page=1&pageSize=2"))!;
        var second = (await me.Client.GetFromJsonAsync<Paged<UploadSummary>>($"{Uploads}?page=2&pageSize=2"))!;

        Assert.Equal((1, 2, 3), (first.Page, first.PageSize, first.Total));
        Assert.Equal(["third.jpg", "second.jpg"], first.Items.Select(u => u.OriginalName));
        Assert.Equal(["first.jpg"], second.Items.Select(u => u.OriginalName));
        Assert.Equal(uploaded[0], second.Items[0]);
    }

    [Fact]
    public async Task List_WhenPageSizeTooLarge_ShouldAnswerValidationProblem()
    {
        var me = await SignUpAsync();

        await Expect.ProblemAsync(await me.Client.GetAsync($"{Uploads}?pageSize=1000"), HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    [Trait("Obligation", "C2")]
    [Trait("Obligation", "P1")]
    public async Task Upload_WhenSignedInByCookie_ShouldNeedTheCsrfHeader()
    {
        var me = await SignUpAsync();
        using var browser = App.CreateApiClient(handleCookies: true);
        var session = await browser.PostAsJsonAsync("/api/v1/sessions", new { email = me.User.Email, password = me.User.Password });
        var csrf = (await session.Content.ReadFromJsonAsync<LoggedIn>())!.CsrfToken;

        var forged = await browser.PostAsync(Uploads, Form(TestImages.Jpeg(64, 64), "forged.jpg"));
        var request = new HttpRequestMessage(HttpMethod.Post, Uploads) { Content = Form(TestImages.Jpeg(64, 64), "mine.jpg") };
        request.Headers.Add("X-CSRF-Token", csrf);
        var genuine = await browser.SendAsync(request);

        await Expect.ProblemAsync(forged, HttpStatusCode.Forbidden, "csrf-token-invalid");
        await Expect.StatusAsync(genuine, HttpStatusCode.Created);
    }
}
