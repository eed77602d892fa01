using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.GuardianRequests.PurgeGuardianRequests;
using Pixyer.Domain.Rights;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Rights;

public sealed class GuardianRequestTests(PixyerApiFactory app) : RightsTest(app)
{
    [Fact]
    [Trait("Obligation", "A2")]
    public async Task SubmitGuardianRequest_ForAnExistingAndAMissingAccount_ShouldAnswerAlikeAndMailBothGuardians()
    {
        var minor = await SignUpAsync();
        Mailbox.Clear();

        var existing = await Client.PostAsJsonAsync(GuardianRequests, GuardianBody("mum@example.org", minor.User.Email));
        var missing = await Client.PostAsJsonAsync(GuardianRequests, GuardianBody("dad@example.org", "nobody-here@example.com"));

        var first = await ReadAsync(existing, HttpStatusCode.Accepted);
        var second = await ReadAsync(missing, HttpStatusCode.Accepted);
        Assert.Equal(["dueAt", "id"], first.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(first.EnumerateObject().Select(p => p.Name).Order(), second.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(App.Clock.GetUtcNow().AddDays(30), first.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(first.GetProperty("dueAt").GetDateTimeOffset(), second.GetProperty("dueAt").GetDateTimeOffset());
        await Mailbox.DeliverAsync();
        var mum = Assert.Single(Mailbox.To("mum@example.org"));
        var dad = Assert.Single(Mailbox.To("dad@example.org"));
        Assert.Equal(mum.Subject, dad.Subject);
        Assert.Contains(first.GetProperty("id").GetGuid().ToString(), mum.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(minor.User.Email, mum.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Mailbox.To(minor.User.Email));
    }

    [Fact]
    [Trait("Obligation", "A2")]
    public async Task SubmitGuardianRequest_WhenFieldsAreMissingOrInvalid_ShouldAnswer400()
    {
        object[] bodies =
        [
            new { guardianName = "A", guardianEmail = "not-an-email", minorAccount = "kid", relationship = "parent", statement = "Please" },
            new { guardianName = "A", guardianEmail = "a@example.org", minorAccount = "", relationship = "parent", statement = "Please" },
            new { guardianName = "A", guardianEmail = "a@example.org", minorAccount = "kid", relationship = "uncle", statement = "Please" },
            new { guardianName = "A", guardianEmail = "a@example.org", minorAccount = "kid", relationship = "parent", statement = new string('x', 4001) },
            new { guardianName = " ", guardianEmail = "a@example.org", minorAccount = "kid", relationship = "parent", statement = "Please" },
        ];

        foreach (var body in bodies)
        {
            await Expect.StatusAsync(await Client.PostAsJsonAsync(GuardianRequests, body), HttpStatusCode.BadRequest);
        }

        Assert.Equal(0, await WithDatabaseAsync(db => db.GuardianRequests.CountAsync()));
    }

    [Fact]
    [Trait("Obligation", "A2")]
    [Trait("Obligation", "P1")]
    public async Task SubmitGuardianRequest_WhenClientExceedsItsRate_ShouldAnswer429()
    {
        await using var strict = App.WithSettings(new() { ["Pixyer:Http:RegistrationsPerMinute"] = "1" });
        using var client = strict.CreateApiClient();

        var first = await client.PostAsJsonAsync(GuardianRequests, GuardianBody("mum@example.org", "kid"));
        var second = await client.PostAsJsonAsync(GuardianRequests, GuardianBody("mum@example.org", "kid"));

        await Expect.StatusAsync(first, HttpStatusCode.Accepted);
        await Expect.ProblemAsync(second, HttpStatusCode.TooManyRequests, "too-many-requests");
    }

    [Fact]
    [Trait("Obligation", "A2")]
    [Trait("Obligation", "G2")]
    public async Task ApproveGuardianRequest_WhenStaffVerified_ShouldDeactivateTheMinorsAccountAndMailBothSides()
    {
        var staff = await SignUpStaffAsync();
        var minor = await SignUpAsync();
        var id = await SubmitGuardianRequestAsync("mum@example.org", minor.User.Username.ToUpperInvariant());

        var detail = await ReadAsync(await staff.Client.GetAsync($"{AdminGuardianRequests}/{id}"), HttpStatusCode.OK);
        var approved = await ReadAsync(await staff.Client.PostAsync($"{AdminGuardianRequests}/{id}/approve", null), HttpStatusCode.OK);

        Assert.Equal(minor.User.Id, detail.GetProperty("matchedAccount").GetProperty("id").GetGuid());
        Assert.Equal("active", detail.GetProperty("matchedAccount").GetProperty("status").GetString());
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        await Expect.StatusAsync(await minor.Client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        await Expect.StatusAsync(
            await Client.PostAsJsonAsync("/api/v1/sessions", new { email = minor.User.Email, password = minor.User.Password }), HttpStatusCode.Unauthorized);
        await Mailbox.DeliverAsync();
        var guardianMail = Mailbox.To("mum@example.org")[^1];
        Assert.Contains("being deleted", Mailbox.To(minor.User.Email)[^1].Subject, StringComparison.Ordinal);
        var deletion = await WithDatabaseAsync(db => db.DeletionRequests.SingleAsync(d => d.Id == new DeletionRequestId(id)));
        Assert.Equal((DeletionOrigin.Guardian, DeletionStatus.Received, minor.User.Id), (deletion.Origin, deletion.Status, deletion.SubjectId.Value));
        // The guardian's token is the one that reads the certificate.
        Assert.Equal(deletion.TokenHash, App.Services.GetRequiredService<ISecretTokens>().Hash(TokenIn(guardianMail)));
        var deadline = await WithDatabaseAsync(db => db.RightsRequests.SingleAsync(r => r.Id == new RightsRequestId(id)));
        Assert.Equal((RightsRequestKind.Guardian, minor.User.Id), (deadline.Kind, deadline.SubjectId!.Value.Value));
        await Expect.ProblemAsync(await staff.Client.PostAsync($"{AdminGuardianRequests}/{id}/approve", null), HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    [Trait("Obligation", "A2")]
    public async Task ApproveGuardianRequest_WhenNoAccountMatches_ShouldShowNoMatchAndAnswer422()
    {
        var staff = await SignUpStaffAsync();
        var id = await SubmitGuardianRequestAsync("mum@example.org", "nobody-here@example.com");

        var detail = await ReadAsync(await staff.Client.GetAsync($"{AdminGuardianRequests}/{id}"), HttpStatusCode.OK);
        var approve = await staff.Client.PostAsync($"{AdminGuardianRequests}/{id}/approve", null);

        Assert.Equal(JsonValueKind.Null, detail.GetProperty("matchedAccount").ValueKind);
        Assert.Equal("nobody-here@example.com", detail.GetProperty("minorAccount").GetString());
        await Expect.ProblemAsync(approve, HttpStatusCode.UnprocessableEntity, "no-matching-account");
        Assert.Equal("received", (await ReadAsync(await staff.Client.GetAsync($"{AdminGuardianRequests}/{id}"), HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    [Trait("Obligation", "A2")]
    public async Task RejectGuardianRequest_ShouldMailTheGuardianTheReasonCloseTheRequestAndRedactTheMinor()
    {
        var staff = await SignUpStaffAsync();
        var minor = await SignUpAsync();
        var id = await SubmitGuardianRequestAsync("mum@example.org", minor.User.Email);

        var rejected = await ReadAsync(
            await staff.Client.PostAsJsonAsync($"{AdminGuardianRequests}/{id}/reject", new { reason = "We could not verify that you are the guardian." }),
            HttpStatusCode.OK);

        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, rejected.GetProperty("minorAccount").ValueKind);
        Assert.Equal(JsonValueKind.Null, rejected.GetProperty("statement").ValueKind);
        var mail = await Mailbox.DeliverAndReadLastAsync("mum@example.org");
        Assert.Contains("We could not verify that you are the guardian.", mail.TextBody, StringComparison.Ordinal);
        var all = await ReadAsync(await staff.Client.GetAsync($"{RightsRequests}?kind=guardian"), HttpStatusCode.OK);
        Assert.NotEqual(JsonValueKind.Null, Assert.Single(Items(all)).GetProperty("closedAt").ValueKind);
        Assert.DoesNotContain("guardian_requests.minor_identifier", await DatabaseScan.FindAsync(App, minor.User.Email));
        await Expect.StatusAsync(await minor.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        await Expect.ProblemAsync(
            await staff.Client.PostAsJsonAsync($"{AdminGuardianRequests}/{id}/reject", new { reason = "Again" }), HttpStatusCode.Conflict, "conflict");
        await Expect.StatusAsync(await staff.Client.PostAsJsonAsync($"{AdminGuardianRequests}/{id}/reject", new { reason = " " }), HttpStatusCode.BadRequest);
    }

    [Fact]
    [Trait("Obligation", "A2")]
    public async Task ListGuardianRequests_ByStatus_ShouldShowTheQueueOldestFirst()
    {
        var staff = await SignUpStaffAsync();
        var first = await SubmitGuardianRequestAsync("first@example.org", "kid-one");
        App.Clock.Advance(TimeSpan.FromHours(1));
        var second = await SubmitGuardianRequestAsync("second@example.org", "kid-two");
        await staff.Client.PostAsJsonAsync($"{AdminGuardianRequests}/{second}/reject", new { reason = "No such account." });

        var received = await ReadAsync(await staff.Client.GetAsync($"{AdminGuardianRequests}?status=received"), HttpStatusCode.OK);
        var all = await ReadAsync(await staff.Client.GetAsync(AdminGuardianRequests), HttpStatusCode.OK);

        Assert.Equal([first], Items(received).Select(r => r.GetProperty("id").GetGuid()));
        Assert.Equal([first, second], Items(all).Select(r => r.GetProperty("id").GetGuid()));
        foreach (var (listed, id) in Items(all).Zip([first, second]))
        {
            var detail = await ReadAsync(await staff.Client.GetAsync($"{AdminGuardianRequests}/{id}"), HttpStatusCode.OK);
            Assert.Equal(detail.GetProperty("dueAt").GetDateTimeOffset(), listed.GetProperty("dueAt").GetDateTimeOffset());
        }

        Assert.NotEqual(Items(all).First().GetProperty("dueAt").GetDateTimeOffset(), Items(all).Last().GetProperty("dueAt").GetDateTimeOffset());
        await Expect.StatusAsync(await staff.Client.GetAsync($"{AdminGuardianRequests}?status=lost"), HttpStatusCode.BadRequest);
    }

    [Fact]
    [Trait("Obligation", "A2")]
    [Trait("Obligation", "P1")]
    public async Task GuardianAndRightsAdminEndpoints_WhenCustomer_ShouldAnswer403()
    {
        var customer = await SignUpAsync();
        var id = await SubmitGuardianRequestAsync("mum@example.org", customer.User.Email);

        await Expect.ProblemAsync(await customer.Client.GetAsync(AdminGuardianRequests), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.GetAsync($"{AdminGuardianRequests}/{id}"), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.PostAsync($"{AdminGuardianRequests}/{id}/approve", null), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(
            await customer.Client.PostAsJsonAsync($"{AdminGuardianRequests}/{id}/reject", new { reason = "Mine" }), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.GetAsync($"{RightsRequests}?overdue=true"), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(
            await customer.Client.PostAsJsonAsync($"{RightsRequests}/{id}/extension", new { days = 10, reason = "Busy" }), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(
            await customer.Client.PostAsJsonAsync(RightsRequests, new { subjectId = customer.User.Id, note = "Fix my name" }), HttpStatusCode.Forbidden, "forbidden");
        await Expect.StatusAsync(await customer.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Obligation", "A2")]
    [Trait("Obligation", "G2")]
    public async Task EraseMinor_AfterApproval_ShouldLeaveNoRequestNamingThem_AndThePurgeShouldDeleteTheRequestAfterThreeYears()
    {
        var staff = await SignUpStaffAsync();
        var minor = await SignUpAsync();
        var id = await SubmitGuardianRequestAsync("mum@example.org", minor.User.Email);
        await staff.Client.PostAsync($"{AdminGuardianRequests}/{id}/approve", null);
        await Mailbox.DeliverAsync();

        await PersonalDataRegistry.EraseAsync(App.Services, minor.User.Id);

        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, minor.User.Id));
        Assert.Empty(await DatabaseScan.FindAsync(App, minor.User.Email));
        Assert.Empty(await DatabaseScan.FindAsync(App, minor.User.Username));
        // The guardian's side stays, as proof that the request was handled, until the purge.
        Assert.Contains("guardian_requests.guardian_email", await DatabaseScan.FindAsync(App, "mum@example.org"));
        var system = App.Services.GetRequiredService<SystemCommands>();
        App.Clock.Advance(TimeSpan.FromDays(3 * 365) - TimeSpan.FromHours(1));
        Assert.Equal(0, await system.SendAsync(new PurgeGuardianRequestsCommand(), CancellationToken.None));
        App.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await system.SendAsync(new PurgeGuardianRequestsCommand(), CancellationToken.None));
        Assert.Empty(await DatabaseScan.FindAsync(App, "mum@example.org"));
        Assert.True(await WithDatabaseAsync(db => db.RightsRequests.AnyAsync(r => r.Id == new RightsRequestId(id))));
    }
}
