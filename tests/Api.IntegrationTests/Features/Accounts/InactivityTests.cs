using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Accounts.MarkInactiveAccounts;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Accounts;

/// <summary>Obligation R1: 180 days without activity make an account inactive, after a warning 14 days before.</summary>
public sealed class InactivityTests(PixyerApiFactory app) : ApiTest(app)
{
    private const string WarningSubject = "Log in to keep your Pixyer account active";

    /// <summary>PostgreSQL keeps microseconds, the clock ticks.</summary>
    private static readonly TimeSpan Stored = TimeSpan.FromMilliseconds(1);

    [Fact]
    [Trait("Obligation", "R1")]
    public async Task IdleAccount_WhenWarnedAtDay166AndStillIdleAtDay181_ShouldBeWarnedOnceThenBecomeInactive()
    {
        var user = await SignUpAsync();

        App.Clock.Advance(TimeSpan.FromDays(167));
        var early = await RunJobAsync();
        App.Clock.Advance(TimeSpan.FromDays(1));
        var again = await RunJobAsync();
        await Mailbox.DeliverAsync();
        App.Clock.Advance(TimeSpan.FromDays(13));
        var late = await RunJobAsync();
        var subject = await SubjectAsync(user);

        Assert.Equal((1, 0), (early.Warned, early.MarkedInactive));
        Assert.Equal((0, 0), (again.Warned, again.MarkedInactive));
        Assert.Equal(1, late.MarkedInactive);
        var warning = Assert.Single(Mailbox.To(user.User.Email), m => m.Subject == WarningSubject);
        Assert.Contains("log in", warning.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("inactive", subject.GetProperty("status").GetString());
        Assert.Equal(App.Clock.GetUtcNow(), subject.GetProperty("retentionClockStartedAt").GetDateTimeOffset(), Stored);
    }

    [Fact]
    [Trait("Obligation", "R1")]
    public async Task IdleAccount_WhenNeverWarned_ShouldGetItsFull14DaysNoticeBeforeBecomingInactive()
    {
        var user = await SignUpAsync();

        App.Clock.Advance(TimeSpan.FromDays(200));
        var first = await RunJobAsync();
        App.Clock.Advance(TimeSpan.FromDays(14));
        var second = await RunJobAsync();

        Assert.Equal((1, 0), (first.Warned, first.MarkedInactive));
        Assert.Equal(1, second.MarkedInactive);
        Assert.Equal("inactive", (await SubjectAsync(user)).GetProperty("status").GetString());
    }

    [Fact]
    [Trait("Obligation", "R1")]
    public async Task AuthenticatedRequest_ShouldRestartTheIdlePeriod()
    {
        var user = await SignUpAsync();
        App.Clock.Advance(TimeSpan.FromDays(10));
        await Expect.StatusAsync(await user.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);

        App.Clock.Advance(TimeSpan.FromDays(160));
        var report = await RunJobAsync();

        Assert.Equal(0, report.Warned);
        var subject = await SubjectAsync(user);
        Assert.Equal("active", subject.GetProperty("status").GetString());
        Assert.Equal(App.Clock.GetUtcNow() - TimeSpan.FromDays(160), subject.GetProperty("lastActiveAt").GetDateTimeOffset(), Stored);
    }

    [Fact]
    [Trait("Obligation", "R1")]
    public async Task Login_WhenWarned_ShouldKeepTheAccountActive()
    {
        var user = await SignUpAsync();
        App.Clock.Advance(TimeSpan.FromDays(170));
        await RunJobAsync();

        await LogInAsync(user.User);
        App.Clock.Advance(TimeSpan.FromDays(14));
        var report = await RunJobAsync();

        Assert.Equal(0, report.MarkedInactive);
        var subject = await SubjectAsync(user);
        Assert.Equal("active", subject.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, subject.GetProperty("inactivityWarnedAt").ValueKind);
    }

    [Fact]
    [Trait("Obligation", "R1")]
    public async Task Login_WhenInactive_ShouldMakeTheAccountActiveAndStopItsRetentionClock()
    {
        var user = await SignUpAsync();
        await BecomeInactiveAsync();

        await LogInAsync(user.User);

        var subject = await SubjectAsync(user);
        Assert.Equal("active", subject.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, subject.GetProperty("retentionClockStartedAt").ValueKind);
        Assert.Equal(App.Clock.GetUtcNow(), subject.GetProperty("lastActiveAt").GetDateTimeOffset(), Stored);
    }

    [Fact]
    [Trait("Obligation", "R1")]
    [Trait("Obligation", "G6")]
    public async Task IdleAccount_WhenOnLegalHold_ShouldStillBecomeInactive()
    {
        // A guard: a hold stops erasure and anonymization (G6), not the status and its clock; a hold filter added
        // to the inactivity marking would wrongly keep a held account active, and fails here.
        var admin = await SignUpAdminAsync();
        var user = await SignUpAsync();
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{user.User.Id}/legal-hold", new { reason = "Pending lawsuit" }),
            HttpStatusCode.OK);

        await BecomeInactiveAsync();

        var subject = await SubjectAsync(user);
        Assert.Equal("inactive", subject.GetProperty("status").GetString());
        Assert.Equal("Pending lawsuit", subject.GetProperty("legalHold").GetProperty("reason").GetString());
    }

    [Fact]
    [Trait("Obligation", "R1")]
    public async Task DeactivatedAccount_ShouldStartItsRetentionClockOnce()
    {
        var user = await SignUpAsync();
        var id = new AccountId(user.User.Id);
        await WithDatabaseAsync(db => db.Accounts.Where(a => a.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, AccountStatus.Deactivated)));
        var deactivatedAt = App.Clock.GetUtcNow();

        var first = await RunJobAsync();
        App.Clock.Advance(TimeSpan.FromDays(1));
        var second = await RunJobAsync();

        Assert.Equal((1, 0), (first.DeactivatedClocksStarted, second.DeactivatedClocksStarted));
        Assert.Equal(deactivatedAt, (await WithDatabaseAsync(db => db.Accounts.Where(a => a.Id == id).Select(a => a.RetentionClockStartedAt).SingleAsync()))!.Value, Stored);
    }

    private async Task BecomeInactiveAsync()
    {
        App.Clock.Advance(TimeSpan.FromDays(170));
        await RunJobAsync();
        App.Clock.Advance(TimeSpan.FromDays(14));
        await RunJobAsync();
    }

    private Task<InactivityReport> RunJobAsync() =>
        App.Services.GetRequiredService<SystemCommands>().SendAsync(new MarkInactiveAccountsCommand(), CancellationToken.None);

    /// <summary>The subject as staff see it; the admin logs in anew, as its own session has long expired.</summary>
    private async Task<JsonElement> SubjectAsync(SignedIn subject)
    {
        var admin = await LogInAdminAsync();
        using var client = BearerClient(admin.Token);
        return await client.GetFromJsonAsync<JsonElement>($"/api/v1/admin/subjects/{subject.User.Id}");
    }

    private async Task<Application.Features.Sessions.LogIn.LoggedIn> LogInAdminAsync()
    {
        var login = await Client.PostAsJsonAsync("/api/v1/sessions", new { email = PixyerApiFactory.AdminEmail, password = GoodPassword });
        if (login.StatusCode == HttpStatusCode.OK)
        {
            return (await login.Content.ReadFromJsonAsync<Application.Features.Sessions.LogIn.LoggedIn>())!;
        }

        return (await SignUpAdminAsync()).Session;
    }
}
