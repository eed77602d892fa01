using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Inquiries;

/// <summary>An anonymous complaint: verified by mail before support sees it, answered in a thread, overdue when unanswered.</summary>
[Trait("Obligation", "C7")]
[Trait("Obligation", "Q1")]
[Trait("Obligation", "U4")]
public sealed class AnonymousComplaintTests(PixyerApiFactory app) : InquiryTest(app)
{
    [Fact]
    public async Task AnonymousComplaint_ShouldBeVerifiedByMail_OverdueAfter15Days_AnsweredInAThread_AndReadableAndExportableWithTheToken()
    {
        var support = await SignUpSupportAsync();
        var submitted = await SubmitAsync(Client, AnonymousBody("robin@example.org"));
        var thread = $"{Inquiries}/{submitted.Id}";

        Assert.Equal(("complaint", "open", false, (DateTimeOffset?)null), (submitted.Kind, submitted.Status, submitted.EmailVerified, submitted.DueAt));
        Assert.Equal(0, (await QueueAsync(support)).Total);
        await Expect.ProblemAsync(await support.Client.GetAsync($"{Queue}/{submitted.Id}"), HttpStatusCode.NotFound, "not-found");

        var token = await MailedTokenAsync("robin@example.org", submitted.Id);
        await Expect.ProblemAsync(await Client.PostAsync($"{thread}/verification?token={new string('0', token.Length)}", null), HttpStatusCode.NotFound, "not-found");
        var verified = await ReadInquiryAsync(await Client.PostAsync($"{thread}/verification?token={token}", null));

        Assert.True(verified.EmailVerified);
        Assert.Equal(App.Clock.GetUtcNow().AddDays(15), verified.DueAt!.Value, TimeSpan.FromMilliseconds(1));
        var queued = Assert.Single((await QueueAsync(support)).Items);
        Assert.Equal((submitted.Id, (Guid?)null, false), (queued.Id, queued.RequesterId, queued.Overdue));
        Assert.Equal(0, (await QueueAsync(support, "?overdue=true")).Total);

        App.Clock.Advance(TimeSpan.FromDays(15) + TimeSpan.FromMinutes(1));
        support = await SignInAgainAsync(support);
        var overdue = Assert.Single((await QueueAsync(support, "?overdue=true")).Items);
        Assert.Equal((submitted.Id, true), (overdue.Id, overdue.Overdue));

        var asked = await ReadInquiryAsync(await PostMessageAsync(support.Client, $"{Queue}/{submitted.Id}/messages", "Which invoice number?", verificationQuestion: true));
        Assert.Equal(("waiting_on_customer", true), (asked.Status, asked.Overdue));
        var replied = await ReadInquiryAsync(await PostMessageAsync(Client, $"{thread}/messages?token={token}", "It is 2026-000042."));
        Assert.Equal("open", replied.Status);
        var answered = await ReadInquiryAsync(await PostMessageAsync(support.Client, $"{Queue}/{submitted.Id}/messages", "Refunded today."));

        Assert.Equal(("answered", false), (answered.Status, answered.Overdue));
        Assert.Equal(0, (await QueueAsync(support, "?overdue=true")).Total);
        Assert.Equal([submitted.Id], (await QueueAsync(support, "?status=answered")).Items.Select(i => i.Id));
        Assert.Contains("/inquiries/", (await Mailbox.DeliverAndReadLastAsync("robin@example.org")).TextBody);

        var seen = await ReadInquiryAsync(await Client.GetAsync($"{thread}?token={token}"));
        Assert.Equal(
            [("customer", false, "I was charged twice for March."), ("staff", true, "Which invoice number?"), ("customer", false, "It is 2026-000042."), ("staff", false, "Refunded today.")],
            seen.Messages.Select(m => (m.From, m.VerificationQuestion, m.Text)));
        var export = await Client.GetAsync($"{thread}/export?token={token}");
        await Expect.StatusAsync(export, HttpStatusCode.OK);
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(export.Content.Headers.ContentDisposition?.FileName);
        var exported = await export.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, exported.GetProperty("messages").GetArrayLength());
        Assert.Equal("Refunded today.", exported.GetProperty("messages")[3].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Thread_WithoutOrWithAForgedToken_ShouldAnswer404AndAcceptNoMessage()
    {
        var submitted = await SubmitAsync(Client, AnonymousBody("sam@example.org", "question"));
        var token = await MailedTokenAsync("sam@example.org", submitted.Id);
        var other = await SubmitAsync(Client, AnonymousBody("kim@example.org", "question"));
        var thread = $"{Inquiries}/{submitted.Id}";

        await Expect.ProblemAsync(await Client.GetAsync(thread), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await Client.GetAsync($"{thread}?token=forged"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await Client.GetAsync($"{Inquiries}/{other.Id}?token={token}"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await Client.GetAsync($"{Inquiries}/{other.Id}/export?token={token}"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await PostMessageAsync(Client, $"{Inquiries}/{other.Id}/messages?token={token}", "Not mine"), HttpStatusCode.NotFound, "not-found");

        Assert.Single((await ReadInquiryAsync(await Client.GetAsync($"{thread}?token={token}"))).Messages);
    }

    [Fact]
    public async Task Submit_WhenAnonymousWithoutNameOrAddress_ShouldAnswer400NamingTheFields()
    {
        var response = await Client.PostAsJsonAsync(Inquiries, new { kind = "question", subject = "Hello", message = "Is there a trial?" });

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["email", "name"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task Submit_WhenClientExceedsItsRate_ShouldAnswer429()
    {
        await using var strict = App.WithSettings(new() { ["Pixyer:Http:RegistrationsPerMinute"] = "1" });
        using var client = strict.CreateApiClient();

        var first = await client.PostAsJsonAsync(Inquiries, AnonymousBody("lee@example.org"));
        var second = await client.PostAsJsonAsync(Inquiries, AnonymousBody("lee@example.org"));

        await Expect.StatusAsync(first, HttpStatusCode.Created);
        await Expect.ProblemAsync(second, HttpStatusCode.TooManyRequests, "too-many-requests");
    }

    [Fact]
    public async Task ResponsePeriod_ShouldBeConfigurablePerKind()
    {
        await using var configured = App.WithSettings(new() { ["Pixyer:Inquiries:ResponseDays:question"] = "3" });
        var me = await SignUpAsync();
        using var signedIn = configured.CreateApiClient();
        signedIn.DefaultRequestHeaders.Authorization = me.Client.DefaultRequestHeaders.Authorization;

        var question = await SubmitAsync(signedIn, new { kind = "question", subject = "Trial", message = "Is there one?" });

        Assert.Equal(App.Clock.GetUtcNow().AddDays(3), question.DueAt!.Value, TimeSpan.FromMilliseconds(1));
    }
}
