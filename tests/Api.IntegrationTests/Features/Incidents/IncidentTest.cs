using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Features.Uploads;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Incidents.RemindOfRegulatorReports;
using Pixyer.Application.Features.Incidents.SendIncidentNotifications;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Incidents;

/// <summary>Declaring incidents as a privacy officer would, and running the incident jobs when a test decides.</summary>
public abstract class IncidentTest(PixyerApiFactory app) : UploadTest(app)
{
    protected const string Incidents = "/api/v1/admin/incidents";
    protected const string Nature = "A misconfigured storage bucket exposed uploaded product photos for six hours.";

    private SignedIn? admin;

    protected async Task<SignedIn> SignUpStaffAsync(string role)
    {
        admin ??= await SignUpAdminAsync();
        var staff = await SignUpAsync();
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{staff.User.Id}/roles", new { roles = new[] { role } }), HttpStatusCode.OK);
        return staff;
    }

    protected async Task<SignedIn> SignUpUploaderAsync()
    {
        var person = await SignUpAsync();
        await UploadAsync(person.Client, TestImages.Jpeg(64, 64));
        return person;
    }

    protected static object IncidentBody(object affected, DateTimeOffset discoveredAt, string[]? categories = null) => new
    {
        discoveredAt,
        occurredFrom = discoveredAt.AddHours(-8),
        occurredTo = discoveredAt.AddHours(-2),
        nature = Nature,
        dataCategories = categories ?? ["uploads"],
        systems = "File store (product photo bucket)",
        likelyConsequences = "Your product photos may have been copied by someone who found the bucket.",
        measuresTaken = "We closed the bucket to public access and rotated its keys.",
        measuresProposed = "We are adding an automatic check of every bucket's access rules.",
        subjectAdvice = "Review the photos you uploaded; tell us if you see them published elsewhere.",
        contactPoint = "Pixyer privacy office, privacy@pixyer.example",
        affected,
    };

    protected static object Uploaders => new { kind = "data_categories", categories = new[] { "uploads" } };

    protected async Task<JsonElement> DeclareAsync(SignedIn officer, object affected, DateTimeOffset? discoveredAt = null)
    {
        var response = await officer.Client.PostAsJsonAsync(Incidents, IncidentBody(affected, discoveredAt ?? App.Clock.GetUtcNow().AddHours(-1)));
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static async Task<JsonElement> GetIncidentAsync(SignedIn staff, JsonElement incident) =>
        await staff.Client.GetFromJsonAsync<JsonElement>($"{Incidents}/{incident.GetProperty("id").GetGuid()}");

    /// <summary>Runs the notification job's step until nobody is left, in batches of <paramref name="batchSize"/>.</summary>
    protected async Task<int> RunNotificationsAsync(int batchSize = 500)
    {
        var system = App.Services.GetRequiredService<SystemCommands>();
        var steps = 0;
        while (await system.SendAsync(new SendIncidentNotificationsCommand(batchSize), CancellationToken.None) > 0)
        {
            steps++;
        }

        return steps;
    }

    protected Task<int> RunClockAsync() =>
        App.Services.GetRequiredService<SystemCommands>().SendAsync(new RemindOfRegulatorReportsCommand(), CancellationToken.None);

    protected Task UnverifyAsync(SignedIn person) =>
        WithDatabaseAsync(db => db.Accounts.Where(a => a.Id == new AccountId(person.User.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.EmailVerifiedAt, (DateTimeOffset?)null)));

    protected IReadOnlyList<string> IncidentMailsTo(SignedIn person) =>
        Mailbox.To(person.User.Email).Where(m => m.Subject?.StartsWith("Security incident", StringComparison.Ordinal) == true).Select(m => m.TextBody ?? "").ToList();
}
