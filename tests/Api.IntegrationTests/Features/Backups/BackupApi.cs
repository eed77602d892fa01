using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Api.IntegrationTests.Features.Backups;

/// <summary>The backup register as staff use it over HTTP, and erasures recorded in the ledger.</summary>
public static class BackupApi
{
    public const string Path = "/api/v1/admin/backups";

    public static async Task<Guid> RegisterBackupAsync(this SignedIn staff, DateTimeOffset takenAt, TimeSpan keptFor, string label = "nightly")
    {
        var response = await staff.Client.PostAsJsonAsync(Path, new { label, takenAt, expiresAt = takenAt + keptFor });
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetBackupAsync(this SignedIn staff, Guid id) =>
        await staff.Client.GetFromJsonAsync<JsonElement>($"{Path}/{id}");

    /// <summary>Reports the backup restored; returns how many subjects the replay erased again.</summary>
    public static async Task<int> ReportRestoredAsync(this SignedIn staff, Guid id)
    {
        var response = await staff.Client.PostAsync($"{Path}/{id}/restored", null);
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("erasedAgain").GetInt32();
    }

    /// <summary>
    /// Erasures of subjects who left no rows, recorded in the ledger at <paramref name="erasedAt"/> as other
    /// deletions would record them; returns the subjects.
    /// </summary>
    public static async Task<List<Guid>> RecordErasuresAsync(this PixyerApiFactory app, DateTimeOffset erasedAt, int count = 1)
    {
        var subjects = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToList();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        db.ErasureLedger.AddRange(subjects.Select(s => ErasureLedgerEntry.Record(new AccountId(s), ErasureReason.Deletion, erasedAt)));
        await db.SaveChangesAsync();
        return subjects;
    }
}
