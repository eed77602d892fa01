using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Rights;

public sealed class DeletionRequestTests
{
    [Fact]
    [Trait("Obligation", "G6")]
    public void Hold_ThenResume_ShouldReturnTheRequestToTheErasureJob_AndKeepWhenItWasHeld()
    {
        var request = Received();

        request.Hold(Now.AddHours(1));
        request.Hold(Now.AddHours(2));
        Assert.Equal((DeletionStatus.OnHold, Now.AddHours(1)), (request.Status, request.HeldAt!.Value));

        request.Resume();
        Assert.Equal(DeletionStatus.Received, request.Status);
        Assert.True(request.IsPending);
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public void Complete_ShouldAddWhatTheFileStoreStillHeld_AndIssueTheCertificateAgain()
    {
        var request = Received();
        request.MarkErased(DeletionCertificate.Issue(request.Id, ["account", "files"], ["audit: the law"], [], Now.AddDays(1)));

        request.Complete(["files/StoredFile: 1"], Now.AddDays(2));

        Assert.Equal((DeletionStatus.Completed, Now.AddDays(1), Now.AddDays(2)), (request.Status, request.ErasedAt!.Value, request.CompletedAt!.Value));
        Assert.Equal(["files/StoredFile: 1"], request.Certificate!.Findings);
        Assert.False(request.Certificate.Clean);
        Assert.Equal(Now.AddDays(2), request.Certificate.IssuedAt);
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public void Steps_OutOfOrder_ShouldBeRefused()
    {
        var request = Received();
        var certificate = DeletionCertificate.Issue(request.Id, [], [], [], Now);

        Assert.Throws<InvalidOperationException>(() => request.Complete([], Now));
        request.MarkErased(certificate);
        Assert.Throws<InvalidOperationException>(() => request.MarkErased(certificate));
    }

    private static DeletionRequest Received() => DeletionRequest.Receive(Guid.CreateVersion7(), AccountId.New(), DeletionOrigin.Holder, "hash", Now);
}
