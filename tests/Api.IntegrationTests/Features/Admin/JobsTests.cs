using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Admin;

public sealed class JobsTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "R1")]
    [Trait("Obligation", "P1")]
    public async Task TriggerJob_WhenAdmin_ShouldRunItAndListItsSucceededRun()
    {
        var admin = await SignUpAdminAsync();

        var triggered = await admin.Client.PostAsync("/api/v1/admin/jobs/mark-inactive-accounts/runs", null);

        await Expect.StatusAsync(triggered, HttpStatusCode.Accepted);
        JsonElement job = default;
        await Eventually.TrueAsync(async () =>
        {
            job = await JobAsync(admin.Client, "mark-inactive-accounts");
            return job.GetProperty("lastRun") is { ValueKind: JsonValueKind.Object } run && run.GetProperty("outcome").GetString() == "succeeded";
        });
        Assert.NotNull(job.GetProperty("description").GetString());
        Assert.NotNull(job.GetProperty("lastRun").GetProperty("finishedAt").GetString());
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task ListJobs_ShouldShowEveryJobWithItsSchedule()
    {
        var admin = await SignUpAdminAsync();

        var jobs = await admin.Client.GetFromJsonAsync<JsonElement>("/api/v1/admin/jobs");

        var keys = jobs.EnumerateArray().Select(j => j.GetProperty("key").GetString()).ToList();
        Assert.Contains("outbox-delivery", keys);
        Assert.Contains("mark-inactive-accounts", keys);
        var purge = jobs.EnumerateArray().Single(j => j.GetProperty("key").GetString() == "purge-expired-records");
        Assert.Equal("01:00:00", purge.GetProperty("interval").GetString());
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task JobEndpoints_WhenCustomerOrSupportTriggersOrUnknownJob_ShouldRefuse()
    {
        var admin = await SignUpAdminAsync();
        var customer = await SignUpAsync();
        var support = await SignUpAsync();
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{support.User.Id}/roles", new { roles = new[] { "Support" } }),
            HttpStatusCode.OK);

        await Expect.ProblemAsync(await customer.Client.GetAsync("/api/v1/admin/jobs"), HttpStatusCode.Forbidden, "forbidden");
        await Expect.StatusAsync(await support.Client.GetAsync("/api/v1/admin/jobs"), HttpStatusCode.OK);
        await Expect.ProblemAsync(
            await support.Client.PostAsync("/api/v1/admin/jobs/outbox-delivery/runs", null), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await admin.Client.PostAsync("/api/v1/admin/jobs/no-such-job/runs", null), HttpStatusCode.NotFound, "not-found");
    }

    private static async Task<JsonElement> JobAsync(HttpClient client, string key) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/admin/jobs")).EnumerateArray().Single(j => j.GetProperty("key").GetString() == key);
}
