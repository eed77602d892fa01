using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Auditing;
using Pixyer.Domain.Auditing;
using Pixyer.Infrastructure.Auditing;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>The audit log as tests drive it: entries written through the app's own trail, the sequencer run on demand, the verdict read over HTTP.</summary>
public static class AuditLog
{
    public static string CheckpointFolder(string dataDirectory) => Path.Combine(dataDirectory, "audit");

    /// <summary>Runs the app's sequencer now, as its job would: every committed entry joins the signed log.</summary>
    public static Task<int> SequenceAsync(IServiceProvider services) =>
        services.GetRequiredService<AuditSequencer>().RunAsync(CancellationToken.None);

    /// <summary>Writes <paramref name="count"/> entries through the app's trail, each in its own transaction, as that many audited commands would.</summary>
    public static async Task AppendAsync(IServiceProvider services, int count, TimeProvider clock)
    {
        await using var scope = services.CreateAsyncScope();
        var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        for (var i = 0; i < count; i++)
        {
            await trail.AppendInOwnTransactionAsync(
                new AuditRecord(clock.GetUtcNow(), Guid.CreateVersion7(), "Customer", Guid.CreateVersion7(), "CorrectMyProfileCommand", AuditOutcome.Succeeded, null, $"test-{i}"),
                CancellationToken.None);
        }
    }

    public static async Task<JsonElement> VerifyAsync(HttpClient staff)
    {
        var response = await staff.GetAsync("/api/v1/admin/audit/verify");
        await Expect.StatusAsync(response, System.Net.HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IEnumerable<string> FindingKinds(JsonElement report) =>
        report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!);

    /// <summary>The report's findings, for an assertion's message.</summary>
    public static string Describe(JsonElement report) =>
        string.Join("; ", report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("detail").GetString()));
}
