using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Backups;

public sealed class BackupRegisterTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "R3")]
    public async Task RegisterBackup_WhenPrivacyOfficer_ShouldListItNewestFirstWithItsExpiry()
    {
        var admin = await SignUpAdminAsync();
        var officer = await SignUpAsync();
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{officer.User.Id}/roles", new { roles = new[] { "PrivacyOfficer" } }),
            HttpStatusCode.OK);
        var now = App.Clock.GetUtcNow();

        var older = await officer.RegisterBackupAsync(now - TimeSpan.FromDays(2), TimeSpan.FromDays(30), "nightly-a");
        var created = await officer.Client.PostAsJsonAsync(
            BackupApi.Path, new { label = "weekly 2026/11 full", takenAt = now - TimeSpan.FromDays(1), expiresAt = now + TimeSpan.FromDays(90) });
        var page = await officer.Client.GetFromJsonAsync<JsonElement>($"{BackupApi.Path}?page=1&pageSize=1");

        await Expect.StatusAsync(created, HttpStatusCode.Created);
        var newer = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"{BackupApi.Path}/{newer.GetProperty("id").GetGuid()}", created.Headers.Location?.ToString());
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var first = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("weekly 2026/11 full", first.GetProperty("label").GetString());
        Assert.Equal(now + TimeSpan.FromDays(90), first.GetProperty("expiresAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, first.GetProperty("erasedSubjects").GetInt32());
        Assert.Equal("nightly-a", (await officer.GetBackupAsync(older)).GetProperty("label").GetString());
    }

    [Fact]
    [Trait("Obligation", "R3")]
    public async Task RegisterBackup_WhenFieldsAreInvalid_ShouldAnswer400NamingThem()
    {
        var admin = await SignUpAdminAsync();
        var now = App.Clock.GetUtcNow();
        var day = TimeSpan.FromDays(1);
        (object Body, string Field)[] invalid =
        [
            (new { label = "", takenAt = now, expiresAt = now + day }, "label"),
            (new { label = "copy of jane@example.com", takenAt = now, expiresAt = now + day }, "label"),
            (new { label = new string('a', 101), takenAt = now, expiresAt = now + day }, "label"),
            (new { label = "nightly", expiresAt = now + day }, "takenAt"),
            (new { label = "nightly", takenAt = now + day, expiresAt = now + 2 * day }, "takenAt"),
            (new { label = "nightly", takenAt = now - 40 * day, expiresAt = now + day }, "takenAt"),
            (new { label = "nightly", takenAt = now - 2 * day, expiresAt = now - 3 * day }, "expiresAt"),
            (new { label = "nightly", takenAt = now - 2 * day, expiresAt = now - day }, "expiresAt"),
            (new { label = "nightly", takenAt = now }, "expiresAt"),
        ];

        foreach (var (body, field) in invalid)
        {
            var response = await admin.Client.PostAsJsonAsync(BackupApi.Path, body);
            await Expect.StatusAsync(response, HttpStatusCode.BadRequest);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out _), $"no error reported for {field}: {errors}");
        }

        await Expect.StatusAsync(await admin.Client.GetAsync($"{BackupApi.Path}?page=0"), HttpStatusCode.BadRequest);
        Assert.Equal(0, (await admin.Client.GetFromJsonAsync<JsonElement>(BackupApi.Path)).GetProperty("total").GetInt32());
    }

    [Fact]
    [Trait("Obligation", "R3")]
    [Trait("Obligation", "P1")]
    public async Task BackupEndpoints_WhenCustomer_ShouldAnswer403()
    {
        var admin = await SignUpAdminAsync();
        var customer = await SignUpAsync();
        var backup = await admin.RegisterBackupAsync(App.Clock.GetUtcNow(), TimeSpan.FromDays(30));
        var now = App.Clock.GetUtcNow();

        await Expect.ProblemAsync(await customer.Client.GetAsync(BackupApi.Path), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.GetAsync($"{BackupApi.Path}/{backup}"), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(
            await customer.Client.PostAsJsonAsync(BackupApi.Path, new { label = "mine", takenAt = now, expiresAt = now + TimeSpan.FromDays(1) }),
            HttpStatusCode.Forbidden,
            "forbidden");
        await Expect.ProblemAsync(
            await customer.Client.PostAsync($"{BackupApi.Path}/{backup}/restored", null), HttpStatusCode.Forbidden, "forbidden");
        await Expect.StatusAsync(await Client.GetAsync(BackupApi.Path), HttpStatusCode.Unauthorized);
        Assert.Equal(JsonValueKind.Null, (await admin.GetBackupAsync(backup)).GetProperty("restoredAt").ValueKind);
    }
}
