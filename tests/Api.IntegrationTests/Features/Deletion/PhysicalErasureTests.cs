using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Features.Exports.PurgeAbandonedWrites;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Uploads;
using Pixyer.Infrastructure.Files;
using Pixyer.Infrastructure.Jobs;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Api.IntegrationTests.Features.Deletion;

/// <summary>
/// Obligations G2, G7, R3: an erased person leaves nothing readable where Pixyer writes, on either provider: no text
/// column, no dead tuple (vacuumed), no byte of the SQLite file or its log, no mail, and no copy of their files that can
/// still be decrypted.
/// </summary>
public sealed class PhysicalErasureTests(PixyerApiFactory app) : DeletionTest(app)
{
    private static readonly string[] ErasedTables = ["accounts", "uploads", "assets", "consent_events", "data_exports", "outbox_messages", "file_keys"];

    /// <summary>Kept after erasure (the audit of account operations): nothing of it is erased, so nothing to vacuum.</summary>
    private const string RetainedTable = "audit_entries";

    [Fact]
    [Trait("Obligation", "G2")]
    [Trait("Obligation", "G7")]
    [Trait("Obligation", "R3")]
    public async Task Erasure_OfAnAccountWithEveryKindOfData_ShouldLeaveNothingReadable_AndNoCopyOfItsFilesDecryptable()
    {
        var provider = await WithDatabaseAsync(db => Task.FromResult(db.Provider));
        var vacuumsBefore = provider == DatabaseProvider.PostgreSql ? await VacuumCountsAsync() : [];

        var erased = await new ErasedAccountScenario(App, App.DataDirectory).RunAsync();

        Assert.Equal("completed", erased.Request.Status);
        Assert.True(erased.Request.Certificate!.Clean, string.Join(", ", erased.Request.Certificate.Findings));
        Assert.Contains(erased.Request.Certificate.Scanned, s => s.StartsWith("files/:", StringComparison.Ordinal));
        Assert.NotNull(erased.ReadableBefore);
        Assert.Null(erased.ReadableAfter);
        Assert.Empty(RawBytes.FilesContaining(App.DataDirectory, erased.Values));
        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, erased.Id));
        if (provider == DatabaseProvider.PostgreSql)
        {
            await Eventually.TrueAsync(async () =>
            {
                var after = await VacuumCountsAsync();
                return ErasedTables.All(t => after[t] > vacuumsBefore[t]);
            });
            Assert.Equal(vacuumsBefore[RetainedTable], (await VacuumCountsAsync())[RetainedTable]);
            foreach (var value in erased.Values)
            {
                Assert.Empty(await DatabaseScan.FindAsync(App, value));
            }
        }
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task Reclaim_WhenNoOtherTransactionHoldsTheDatabase_ShouldReportItFinished()
    {
        using var scope = App.Services.CreateScope();
        var physical = scope.ServiceProvider.GetRequiredService<IPhysicalErasure>();

        var finished = await physical.ReclaimAsync([typeof(Account), typeof(Upload)], CancellationToken.None);

        Assert.True(finished, "An idle database lets the checkpoint (SQLite) or the vacuum (PostgreSQL) finish.");
    }

    [Fact]
    [Trait("Obligation", "G2")]
    [Trait("Obligation", "G7")]
    public async Task Certificate_WhenAStrayFileInTheDataFolderHoldsTheEmail_ShouldSayNotCleanAndNameTheFile()
    {
        var stray = Path.Combine(App.DataDirectory, "stray", "notes.txt");
        try
        {
            // In upper case: the scan looks for the address in any letter case, as a person would have typed it.
            var erased = await new ErasedAccountScenario(App, App.DataDirectory).RunAsync(beforeErasure: email =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
                File.WriteAllText(stray, $"call back {email.ToUpperInvariant()}");
            });

            var certificate = erased.Request.Certificate!;
            Assert.False(certificate.Clean);
            Assert.Equal(["raw bytes: stray/notes.txt"], certificate.Findings);
            Assert.Contains(certificate.Scanned, s => s.StartsWith("stray/: 1 files, ", StringComparison.Ordinal));
            Assert.Contains(certificate.Scanned, s => s.StartsWith("mail/:", StringComparison.Ordinal));
            Assert.Contains(certificate.Scanned, s => s.StartsWith("keys/:", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(stray)!, recursive: true);
        }
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task PurgeAbandonedWrites_ShouldDeleteHalfWrittenFilesOlderThanTheLease_AndKeepFreshOnes()
    {
        var owner = AccountId.New();
        var kept = await App.Services.GetRequiredService<IFileStore>().SaveAsync(owner, "exports", new MemoryStream([1, 2, 3]), CancellationToken.None);
        var folder = Path.GetDirectoryName(Path.Combine(App.DataDirectory, LocalFileStore.FolderName, kept.Key))!;
        var lease = TimeSpan.FromMinutes(10);
        var old = Path.Combine(folder, "0123.partial");
        var fresh = Path.Combine(folder, "4567.partial");
        File.WriteAllBytes(old, [9]);
        File.WriteAllBytes(fresh, [9]);
        File.SetLastWriteTimeUtc(old, (App.Clock.GetUtcNow() - lease - TimeSpan.FromMinutes(1)).UtcDateTime);
        File.SetLastWriteTimeUtc(fresh, (App.Clock.GetUtcNow() - TimeSpan.FromMinutes(1)).UtcDateTime);

        var purged = await App.Services.GetRequiredService<SystemCommands>().SendAsync(new PurgeAbandonedWritesCommand(lease), CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.False(File.Exists(old));
        Assert.True(File.Exists(fresh));
        Assert.True(File.Exists(Path.Combine(App.DataDirectory, LocalFileStore.FolderName, kept.Key)));
        await App.Services.GetRequiredService<IFileStore>().DeleteAllAsync([owner], CancellationToken.None); // the data folder is shared by the run
    }

    private Task<Dictionary<string, long>> VacuumCountsAsync() =>
        WithDatabaseAsync(async db =>
        {
            var counts = new Dictionary<string, long>();
            foreach (var table in ErasedTables.Append(RetainedTable))
            {
                counts[table] = await db.Database
                    .SqlQuery<long>($"SELECT vacuum_count AS \"Value\" FROM pg_stat_user_tables WHERE relname = {table}")
                    .SingleAsync();
            }

            return counts;
        });
}
