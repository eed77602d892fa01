using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Inquiries.PurgeAnonymousInquiries;
using Pixyer.Domain.Inquiries;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Inquiries;

/// <summary>
/// Inquiries written without an account are not kept for ever: no account's erasure reaches them, so their own
/// retention does (7 days unverified, 24 months after the last message), leaving only a complaint's pseudonymous record.
/// </summary>
[Trait("Obligation", "C7")]
[Trait("Obligation", "R1")]
public sealed class AnonymousInquiryRetentionTests(PixyerApiFactory app) : InquiryTest(app)
{
    [Fact]
    public async Task UnverifiedAnonymousInquiry_ShouldBeForgottenAfterSevenDays_AndNotBefore()
    {
        var unverified = await SubmitAsync(Client, new { kind = "question", subject = "Formats", message = "Do you take TIFF? Ellis", name = "Ellis Unverified", email = "ellis@example.org" });
        // The verification mail leaves (its copy in the outbox is cleared on delivery); nobody opens its link.
        await Mailbox.DeliverAndReadLastAsync("ellis@example.org");

        App.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(0, await PurgeAsync());
        Assert.NotEmpty(await DatabaseScan.FindAsync(App, "Ellis"));

        App.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await PurgeAsync());

        Assert.False(await WithDatabaseAsync(db => db.Inquiries.AnyAsync(i => i.Id == new InquiryId(unverified.Id))));
        Assert.Empty(await DatabaseScan.FindAsync(App, "Ellis"));
    }

    [Fact]
    public async Task SilentAnonymousThreads_ShouldBeDeletedAfter24Months_KeepingOnlyAComplaintsPseudonymousRecord()
    {
        var complaint = await SubmitVerifiedAsync("complaint", "Jordan Complainant", "jordan@example.org");
        var question = await SubmitVerifiedAsync("question", "Jordan Asker", "jordan.asks@example.org");

        App.Clock.Advance(TimeSpan.FromDays(700));
        var active = await SubmitVerifiedAsync("question", "Jordan Recent", "jordan.recent@example.org");
        App.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(2, await PurgeAsync());

        var kept = await WithDatabaseAsync(db => db.Inquiries.AsNoTracking().ToDictionaryAsync(i => i.Id.Value));
        Assert.Equal(new[] { complaint, active }.Order(), kept.Keys.Order());
        var record = kept[complaint];
        Assert.Equal(((string?)null, (string?)null, (string?)null), (record.RequesterName, record.RequesterEmail, record.Subject));
        Assert.NotNull(record.Pseudonym);
        Assert.DoesNotContain(question, kept.Keys);
        Assert.Equal(0, await WithDatabaseAsync(db => db.InquiryMessages.CountAsync(m => m.InquiryId != new InquiryId(active))));
        Assert.Empty(await DatabaseScan.FindAsync(App, "Complainant"));
        Assert.Empty(await DatabaseScan.FindAsync(App, "Asker"));
        Assert.NotEmpty(await DatabaseScan.FindAsync(App, "Jordan Recent"));
    }

    private async Task<Guid> SubmitVerifiedAsync(string kind, string name, string email)
    {
        var submitted = await SubmitAsync(Client, new { kind, subject = $"From {name}", message = $"Signed {name}", name, email });
        var token = await MailedTokenAsync(email, submitted.Id);
        await ReadInquiryAsync(await Client.PostAsync($"{Inquiries}/{submitted.Id}/verification?token={token}", null));
        return submitted.Id;
    }

    private Task<int> PurgeAsync() =>
        App.Services.GetRequiredService<SystemCommands>().SendAsync(new PurgeAnonymousInquiriesCommand(), CancellationToken.None);
}
