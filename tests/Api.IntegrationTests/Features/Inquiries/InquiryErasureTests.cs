using System.Net;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Inquiries;
using Pixyer.Domain.Rights;

namespace Pixyer.Api.IntegrationTests.Features.Inquiries;

/// <summary>Inquiries are exported with their threads; erasure leaves only a complaint's pseudonymous record, which the certificate lists.</summary>
[Trait("Obligation", "C7")]
[Trait("Obligation", "Q1")]
public sealed class InquiryErasureTests(PixyerApiFactory app) : InquiryTest(app)
{
    [Fact]
    [Trait("Obligation", "G3")]
    public async Task Export_ShouldHoldMyThreadsAndTheirImages_AndNothingOfAnothersInquiries()
    {
        var support = await SignUpSupportAsync();
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        var mine = await SubmitAsync(me.Client, new { kind = "privacy_request", subject = "My data", message = "Which data do you hold?" });
        var theirs = await SubmitAsync(other.Client, new { kind = "question", subject = "Theirs", message = "Not for the export." });
        await Expect.StatusAsync(await PostMessageAsync(support.Client, $"{Queue}/{mine.Id}/messages", "See your export."), HttpStatusCode.OK);
        await Expect.StatusAsync(await PostMessageAsync(me.Client, $"{Inquiries}/{mine.Id}/messages", "Photo attached", TestImages.Png(16, 16)), HttpStatusCode.OK);

        var export = (await PersonalDataRegistry.ExportAsync(App.Services, me.User.Id))["inquiries"];

        var exported = Assert.Single(export.EnumerateArray());
        // The person wrote again after the answer, which reopened the thread.
        Assert.Equal((mine.Id, "privacy_request", "open"), (exported.GetProperty("id").GetGuid(), exported.GetProperty("kind").GetString(), exported.GetProperty("status").GetString()));
        Assert.Equal(
            ["Which data do you hold?", "See your export.", "Photo attached"],
            exported.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()));
        Assert.DoesNotContain(theirs.Id.ToString(), export.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Not for the export.", export.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task Erasure_ShouldLeaveOnlyTheComplaintsPseudonymousRecord_AndTheCertificateShouldListIt()
    {
        var support = await SignUpSupportAsync();
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        var complaint = await SubmitAsync(me.Client, new { kind = "complaint", subject = "Double charge by Quinn", message = "Quinn here: charged twice." });
        var question = await SubmitAsync(me.Client, new { kind = "question", subject = "Quinn asks", message = "Quinn here: which formats?" });
        var theirs = await SubmitAsync(other.Client, new { kind = "complaint", subject = "Theirs", message = "Another person's complaint." });
        await Expect.StatusAsync(await PostMessageAsync(support.Client, $"{Queue}/{complaint.Id}/messages", "Refunded, Quinn."), HttpStatusCode.OK);
        await Expect.StatusAsync(await PostMessageAsync(me.Client, $"{Inquiries}/{question.Id}/messages", "Quinn again", TestImages.Png(16, 16)), HttpStatusCode.OK);

        var theirsId = new InquiryId(theirs.Id);
        var requested = await RequestDeletionAsync(me);
        var token = await MailedTokenAsync(me.User.Email);
        await RunErasureAsync();
        var certificate = (await ReadRequestAsync(requested.Id, token)).Certificate!;

        Assert.True(certificate.Clean, string.Join(", ", certificate.Findings));
        Assert.Contains("inquiries", certificate.CategoriesErased);
        Assert.Contains(certificate.Retained, r => r.StartsWith("complaints:", StringComparison.Ordinal));
        var kept = await WithDatabaseAsync(db => db.Inquiries.AsNoTracking().Where(i => i.Id != theirsId).ToListAsync());
        var record = Assert.Single(kept);
        Assert.Equal((complaint.Id, InquiryKind.Complaint, InquiryStatus.Answered), (record.Id.Value, record.Kind, record.Status));
        Assert.Equal(((AccountId?)null, (string?)null, (string?)null, (string?)null), (record.RequesterId, record.Subject, record.RequesterName, record.RequesterEmail));
        Assert.NotNull(record.Pseudonym);
        Assert.NotEqual(me.User.Id, record.Pseudonym);
        Assert.Equal(complaint.ReceivedAt, record.ReceivedAt, TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await WithDatabaseAsync(db => db.InquiryMessages.CountAsync(m => m.InquiryId == record.Id)));
        var deadline = await WithDatabaseAsync(db => db.RightsRequests.AsNoTracking().SingleAsync(r => r.Id == RightsRequestId.Tracking(record.Id)));
        Assert.Null(deadline.SubjectId);
        Assert.Equal(complaint.DueAt!.Value, deadline.DueAt, TimeSpan.FromMilliseconds(1));
        Assert.Empty(await DatabaseScan.FindAsync(App, "Quinn"));
        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, me.User.Id));
        Assert.Equal(1, await WithDatabaseAsync(db => db.InquiryMessages.CountAsync(m => m.InquiryId == theirsId)));
        Assert.Equal(other.User.Id, (await WithDatabaseAsync(db => db.Inquiries.SingleAsync(i => i.Id == theirsId))).RequesterId!.Value.Value);
    }
}
