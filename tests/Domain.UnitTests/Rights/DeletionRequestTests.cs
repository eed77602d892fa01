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
    [Trait("Obligation", "P1")]
    public void ACertificate_ShouldKeepItsListsWithinItsBounds_AndCountTheFindingsItCannotList()
    {
        var findings = Enumerable.Range(1, DeletionCertificate.MaxEntries + 5).Select(i => $"files/{i}").ToList();
        var longKey = new string('k', DeletionCertificate.EntryMaxLength + 1);

        var certificate = DeletionCertificate.Issue(DeletionRequestId.New(), ["account"], [], [longKey, .. findings], Now);

        Assert.Equal(DeletionCertificate.MaxEntries, certificate.Findings.Count);
        Assert.Equal(DeletionCertificate.EntryMaxLength, certificate.Findings[0].Length);
        Assert.Equal("files/98", certificate.Findings[^2]);
        Assert.Equal("… and 7 more", certificate.Findings[^1]);
        Assert.False(certificate.Clean);
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public void Complete_ShouldAddWhatTheFileStoreStillHeldAndWhatWasScanned_DestroyTheSealedValues_AndIssueTheCertificateAgain()
    {
        var request = Received();
        request.MarkErased(DeletionCertificate.Issue(request.Id, ["account", "files"], ["audit: the law"], [], Now.AddDays(1)), [1, 2, 3]);
        Assert.Equal([1, 2, 3], request.SealedVerificationValues);

        request.Complete(["files/StoredFile: 1"], ["pixyer.db: 4096 bytes"], Now.AddDays(2));

        Assert.Equal((DeletionStatus.Completed, Now.AddDays(1), Now.AddDays(2)), (request.Status, request.ErasedAt!.Value, request.CompletedAt!.Value));
        Assert.Equal(["files/StoredFile: 1"], request.Certificate!.Findings);
        Assert.Equal(["pixyer.db: 4096 bytes"], request.Certificate.Scanned);
        Assert.Null(request.SealedVerificationValues);
        Assert.False(request.Certificate.Clean);
        Assert.Equal(Now.AddDays(2), request.Certificate.IssuedAt);
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public void Steps_OutOfOrder_ShouldBeRefused()
    {
        var request = Received();
        var certificate = DeletionCertificate.Issue(request.Id, [], [], [], Now);

        Assert.Throws<InvalidOperationException>(() => request.Complete([], [], Now));
        request.MarkErased(certificate, []);
        Assert.Throws<InvalidOperationException>(() => request.MarkErased(certificate, []));
    }

    private static DeletionRequest Received() => DeletionRequest.Receive(DeletionRequestId.New(), AccountId.New(), DeletionOrigin.Holder, "hash", Now);
}
