using Pixyer.Domain.Accounts;
using Pixyer.Domain.Exports;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Exports;

public sealed class DataExportTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    [Fact]
    public void RecordFailedAttempt_AfterThreeAttempts_ShouldFailForGood()
    {
        var export = DataExport.Request(AccountId.New(), Now);

        for (var attempt = 1; attempt <= DataExport.MaxAttempts; attempt++)
        {
            Assert.True(export.Claim("node-a", Now, Lease));
            export.RecordFailedAttempt(Now);
        }

        Assert.Equal((ExportStatus.Failed, "archive-failed", false), (export.Status, export.FailureReason, export.IsDueAt(Now)));
    }

    [Fact]
    public void Claim_WhenTheLastAttemptsLeaseRanOut_ShouldFailTheExportAsInterrupted()
    {
        var export = DataExport.Request(AccountId.New(), Now);
        for (var attempt = 1; attempt <= DataExport.MaxAttempts; attempt++)
        {
            export.Claim("node-a", Now + (Lease * attempt), Lease);
        }

        Assert.False(export.Claim("node-a", Now + (Lease * 5), Lease));

        Assert.Equal((ExportStatus.Failed, "interrupted"), (export.Status, export.FailureReason));
    }

    [Fact]
    public void Complete_ShouldBeReadyForSevenDaysThenExpireAndGiveUpItsArchive()
    {
        var export = DataExport.Request(AccountId.New(), Now);
        export.Claim("node-a", Now, Lease);
        export.RecordProgress(50, Now, Lease);

        export.Complete("owner/exports/archive", 1234, Now);

        Assert.Equal((ExportStatus.Ready, 100, Now + TimeSpan.FromDays(7)), (export.Status, export.Progress, export.ExpiresAt));
        Assert.False(export.HasExpiredAt(Now + TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1)));
        Assert.True(export.HasExpiredAt(Now + TimeSpan.FromDays(7)));
        Assert.Equal("owner/exports/archive", export.Expire());
        Assert.Equal((ExportStatus.Expired, null), (export.Status, export.ArchiveKey));
    }

    [Fact]
    public void IsHeldBy_AfterAnotherClaim_ShouldRefuseTheStaleAttempt()
    {
        var export = DataExport.Request(AccountId.New(), Now);
        export.Claim("node-a", Now, Lease);

        export.Claim("node-a", Now + Lease, Lease);

        Assert.Equal((false, true), (export.IsHeldBy(1), export.IsHeldBy(2)));
    }
}
