using Pixyer.Domain.Accounts;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Uploads;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Generation;

public sealed class GenerationJobTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static GenerationJob NewJob(params string[] formats) =>
        GenerationJob.Queue(AccountId.New(), UploadId.New(), "studio", formats.Length == 0 ? ["square", "story"] : formats, "Sale", Now);

    private static bool IsDue(GenerationJob job, DateTimeOffset at) => GenerationJob.DueAt(at).Compile()(job);

    [Fact]
    public void Queue_ShouldBeDueAtOnceWithEveryFormatRemaining()
    {
        var job = NewJob();

        Assert.Equal((GenerationStatus.Queued, 0, 0), (job.Status, job.Progress, job.Attempts));
        Assert.True(IsDue(job, Now));
        Assert.Equal(["square", "story"], job.RemainingFormats);
    }

    [Theory]
    [InlineData]
    [InlineData("square", "square")]
    public void Queue_WhenFormatsAreMissingOrRepeated_ShouldRefuse(params string[] formats) =>
        Assert.Throws<ArgumentException>(() =>
            GenerationJob.Queue(AccountId.New(), UploadId.New(), "studio", formats, null, Now));

    [Fact]
    public void Claim_ShouldHoldTheJobForTheLeaseUnderANewAttempt()
    {
        var job = NewJob();

        job.Claim("node-a", Now, Lease);

        Assert.Equal((GenerationStatus.Running, 1, "node-a"), (job.Status, job.Attempts, job.ClaimedBy));
        Assert.True(job.IsHeldBy(1));
        Assert.False(IsDue(job, Now + Lease - TimeSpan.FromSeconds(1)));
        Assert.True(IsDue(job, Now + Lease));
        Assert.Throws<InvalidOperationException>(() => job.Claim("node-b", Now, Lease));
    }

    [Fact]
    public void Claim_WhenTheLeaseRanOut_ShouldFenceOffThePreviousWorker()
    {
        var job = NewJob();
        job.Claim("node-a", Now, Lease);

        job.Claim("node-b", Now + Lease, Lease);

        Assert.False(job.IsHeldBy(1));
        Assert.True(job.IsHeldBy(2));
    }

    [Fact]
    public void RecordRendered_ShouldAdvanceAndRenewTheLeaseThenSucceedWithTheLastFormat()
    {
        var job = NewJob("square", "story", "banner");
        job.Claim("node-a", Now, Lease);

        job.RecordRendered("story", Now.AddMinutes(4), Lease);

        Assert.Equal((GenerationStatus.Running, 33), (job.Status, job.Progress));
        Assert.Equal(["square", "banner"], job.RemainingFormats);
        Assert.False(IsDue(job, Now + Lease));
        Assert.Throws<InvalidOperationException>(() => job.RecordRendered("story", Now.AddMinutes(4), Lease));

        job.RecordRendered("square", Now.AddMinutes(5), Lease);
        job.RecordRendered("banner", Now.AddMinutes(6), Lease);

        Assert.Equal((GenerationStatus.Succeeded, 100, Now.AddMinutes(6), "node-a"), (job.Status, job.Progress, job.CompletedAt, job.ClaimedBy));
        Assert.Empty(job.RemainingFormats);
        Assert.False(IsDue(job, Now.AddDays(1)));
    }

    [Fact]
    public void RecordFailedAttempt_ShouldRetryLaterUntilTheLastAttemptThenFail()
    {
        var job = NewJob();
        job.Claim("node-a", Now, Lease);

        job.RecordFailedAttempt(Now);

        Assert.Equal(GenerationStatus.Queued, job.Status);
        Assert.False(IsDue(job, Now.AddSeconds(29)));
        Assert.True(IsDue(job, Now.AddSeconds(30)));
        for (var attempt = 2; attempt <= GenerationJob.MaxAttempts; attempt++)
        {
            job.Claim("node-a", Now.AddHours(attempt), Lease);
            job.RecordFailedAttempt(Now.AddHours(attempt));
        }

        Assert.Equal((GenerationStatus.Failed, GenerationFailures.RenderingFailed), (job.Status, job.FailureReason));
        Assert.False(IsDue(job, Now.AddDays(1)));
    }

    [Fact]
    public void WhyNotClaimable_WhenEveryAttemptWasCutShort_ShouldSayInterrupted()
    {
        var job = NewJob();
        for (var attempt = 0; attempt < GenerationJob.MaxAttempts; attempt++)
        {
            job.Claim("node-a", Now + (Lease * attempt), Lease);
        }

        Assert.True(IsDue(job, Now + (Lease * GenerationJob.MaxAttempts)));
        Assert.Equal(GenerationFailures.Interrupted, job.WhyNotClaimable());
        Assert.Throws<InvalidOperationException>(() => job.Claim("node-b", Now + (Lease * GenerationJob.MaxAttempts), Lease));
    }
}
