using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Features.Uploads;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Features.Accounts.MarkInactiveAccounts;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Retention;

/// <summary>Obligation R2: 24 months after the retention clock started, the account is anonymized, unless held (G6).</summary>
public sealed class AnonymizationTests(PixyerApiFactory app) : UploadTest(app)
{
    private const string JobKey = "anonymize-expired-accounts";

    [Fact]
    [Trait("Obligation", "R1")]
    [Trait("Obligation", "R2")]
    [Trait("Obligation", "G7")]
    public async Task IdleAccount_When24MonthsInactive_ShouldBeAnonymizedAndUnlinkable()
    {
        var user = await SignUpAsync();
        await UploadAsync(user.Client, TestImages.Jpeg(64, 48));
        await Expect.StatusAsync(await user.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        Assert.NotEmpty(await FilesOfAsync(user));

        App.Clock.Advance(TimeSpan.FromDays(167));
        await MarkInactiveAsync();
        App.Clock.Advance(TimeSpan.FromDays(14));
        await MarkInactiveAsync();
        Assert.Equal(AccountStatus.Inactive, await StatusAsync(user));
        var inactiveSince = App.Clock.GetUtcNow();
        App.Clock.Advance(inactiveSince.AddMonths(Account.RetentionMonths) - inactiveSince - TimeSpan.FromDays(1));
        Assert.Equal(0, await AnonymizeAsync(App.Services));
        App.Clock.Advance(TimeSpan.FromDays(1));
        var bystander = await SignUpAsync();
        var admin = await SignUpAdminAsync();

        await Expect.StatusAsync(await admin.Client.PostAsync($"/api/v1/admin/jobs/{JobKey}/runs", null), HttpStatusCode.Accepted);

        await Eventually.TrueAsync(async () => await StatusAsync(user) == AccountStatus.Erased);
        var login = await Client.PostAsJsonAsync("/api/v1/sessions", new { email = user.User.Email, password = user.User.Password });
        await Expect.ProblemAsync(login, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Empty(await FilesOfAsync(user));
        Assert.Empty(await ScanAsync(user.User.Email, user.User.Username, user.User.Id.ToString()));
        Assert.Empty(await DatabaseScan.FindAsync(App, user.User.Email));
        Assert.Empty(await DatabaseScan.FindAsync(App, user.User.Username));
        Assert.Equal([ErasureReason.Anonymization], await LedgerAsync(user));
        var audit = await admin.Client.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit/verify");
        Assert.True(audit.GetProperty("valid").GetBoolean(), audit.ToString());
        await Expect.StatusAsync(await bystander.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        // The erased shell holds neither: the same person may sign up again as anyone would.
        Assert.NotEqual(user.User.Id, (await RegisterAsync(user.User.Email, user.User.Username)).Id);
    }

    [Fact]
    [Trait("Obligation", "R2")]
    [Trait("Obligation", "G6")]
    public async Task ExpiredAccount_WhenOnLegalHold_ShouldWaitUntilTheHoldIsLifted()
    {
        var user = await SignUpAsync();
        await ExpireAsync(user);
        var admin = await SignUpAdminAsync();
        var hold = $"/api/v1/admin/subjects/{user.User.Id}/legal-hold";
        await Expect.StatusAsync(await admin.Client.PutAsJsonAsync(hold, new { reason = "Pending lawsuit" }), HttpStatusCode.OK);

        var held = await AnonymizeAsync(App.Services);
        var stillThere = await StatusAsync(user);
        await Expect.StatusAsync(await admin.Client.PostAsJsonAsync($"{hold}/lift", new { reason = "Case closed" }), HttpStatusCode.OK);
        var lifted = await AnonymizeAsync(App.Services);

        Assert.Equal((0, AccountStatus.Inactive), (held, stillThere));
        Assert.Equal(1, lifted);
        Assert.Equal(AccountStatus.Erased, await StatusAsync(user));
        Assert.Empty(await ScanAsync(user.User.Email, user.User.Username));
    }

    [Fact]
    [Trait("Obligation", "R2")]
    public async Task ExpiredAccount_WhenItsDeletionIsPending_ShouldBeLeftToTheDeletion()
    {
        var user = await SignUpAsync();
        await ExpireAsync(user);
        await WithDatabaseAsync(db =>
        {
            db.DeletionRequests.Add(DeletionRequest.Receive(DeletionRequestId.New(), new AccountId(user.User.Id), DeletionOrigin.Holder, "hash", App.Clock.GetUtcNow()));
            return db.SaveChangesAsync();
        });

        Assert.Equal(0, await AnonymizeAsync(App.Services));
        Assert.Equal(AccountStatus.Inactive, await StatusAsync(user));
        Assert.Empty(await LedgerAsync(user));
    }

    [Fact]
    [Trait("Obligation", "R2")]
    [Trait("Obligation", "G2")]
    public async Task Anonymization_WhenMoreAccountsAreDueThanABatch_ShouldRunBatchesUntilNoneRemain_AndReclaimOnceAtTheEnd()
    {
        var users = await SignUpExpiredAsync(3);

        var active = await SignUpAsync();
        await using var small = App.WithSettings(new() { ["Pixyer:Jobs:AnonymizationBatchSize"] = "2" });
        var vacuumsBefore = await AccountVacuumsAsync();

        var anonymized = await AnonymizeAsync(small.Services);

        Assert.Equal(3, anonymized);
        Assert.All(await Task.WhenAll(users.Select(StatusAsync)), status => Assert.Equal(AccountStatus.Erased, status));
        Assert.Equal(AccountStatus.Active, await StatusAsync(active));
        // Two batches, one reclaim: no old version of an erased row left in the SQLite file or its log...
        Assert.Empty(RawBytes.FilesContaining(App.DataDirectory, [.. users.SelectMany(u => new[] { u.User.Email, u.User.Username })]));
        // ...and on PostgreSQL one VACUUM of the erased tables after the last batch, not one per batch.
        if (vacuumsBefore is { } before)
        {
            await Eventually.TrueAsync(async () => await AccountVacuumsAsync() > before);
            Assert.Equal(before + 1, await AccountVacuumsAsync());
        }
    }

    [Fact]
    [Trait("Obligation", "R2")]
    [Trait("Obligation", "R3")]
    public async Task Anonymization_WithTwoWorkers_ShouldEraseEveryDueAccountOnce()
    {
        var users = await SignUpExpiredAsync(7);

        // On SQLite the second worker is turned off (one writer at a time); on PostgreSQL both take batches of two at once.
        await using var parallel = App.WithSettings(new()
        {
            ["Pixyer:Jobs:AnonymizationBatchSize"] = "2",
            ["Pixyer:Jobs:AnonymizationWorkers"] = "2",
        });

        var anonymized = await AnonymizeAsync(parallel.Services);

        Assert.Equal(7, anonymized);
        Assert.All(await Task.WhenAll(users.Select(StatusAsync)), status => Assert.Equal(AccountStatus.Erased, status));
        Assert.All(await Task.WhenAll(users.Select(LedgerAsync)), ledger => Assert.Equal([ErasureReason.Anonymization], ledger));
    }

    [PostgreSqlFact("The embedded SQLite default has one writer and so one anonymization worker: its batches never run at once.")]
    [Trait("Obligation", "R2")]
    [Trait("Obligation", "R3")]
    public async Task Anonymization_WhenTwoBatchesDeadlock_ShouldEraseTheRolledBackBatchAgainInTheSameRun()
    {
        // Two inquiries name two people the other way round (requester of one, assignee of the other). With one person
        // per batch and two workers, each batch deletes its person's inquiry, then must clear the assignee on the
        // other's, which the other batch has deleted and still holds: a deadlock, which PostgreSQL ends by rolling one back.
        // A batch also locks the next due account (to know whether more remain), so they are due first and third of four.
        var users = await SignUpExpiredAsync(4);
        var (x, y) = (users[0].User.Id, users[2].User.Id);
        await App.Database.ExecuteAsync(string.Concat(users.Select((u, i) =>
            $"UPDATE accounts SET retention_clock_started_at = retention_clock_started_at - interval '{users.Count - i} minutes' WHERE id = '{u.User.Id}';")));
        var deadlines = (Guid.NewGuid(), Guid.NewGuid());
        await App.Database.ExecuteAsync($"""
            INSERT INTO rights_requests (id, kind, subject_id, received_at, due_at) VALUES
                ('{deadlines.Item1}', 'Inquiry', '{x}', now(), now() + interval '30 days'),
                ('{deadlines.Item2}', 'Inquiry', '{y}', now(), now() + interval '30 days');
            INSERT INTO inquiries (id, kind, status, requester_id, assignee_id, received_at, deadline_id) VALUES
                ('{Guid.NewGuid()}', 'Question', 'Open', '{x}', '{y}', now(), '{deadlines.Item1}'),
                ('{Guid.NewGuid()}', 'Question', 'Open', '{y}', '{x}', now(), '{deadlines.Item2}');
            """);

        // Both batches are held after deleting their inquiry and before clearing assignees (the deadlines are erased in
        // between), so that the deadlock is certain rather than a matter of timing.
        await using var other = await App.Database.OpenAsync();
        await using var hold = await other.BeginTransactionAsync();
        Assert.Equal(2, await ScalarAsync(other, $"SELECT count(*) FROM (SELECT id FROM rights_requests WHERE id IN ('{deadlines.Item1}', '{deadlines.Item2}') FOR UPDATE) AS held"));
        await using var parallel = App.WithSettings(new()
        {
            ["Pixyer:Jobs:AnonymizationBatchSize"] = "1",
            ["Pixyer:Jobs:AnonymizationWorkers"] = "2",
        });
        var run = AnonymizeAsync(parallel.Services);
        await Eventually.TrueAsync(async () =>
            await ScalarAsync(other, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") == 2);
        await hold.RollbackAsync();

        Assert.Equal(4, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.All(await Task.WhenAll(users.Select(StatusAsync)), status => Assert.Equal(AccountStatus.Erased, status));
        Assert.All(await Task.WhenAll(users.Select(LedgerAsync)), ledger => Assert.Equal([ErasureReason.Anonymization], ledger));
        Assert.Equal(0, await ScalarAsync(other, $"SELECT count(*) FROM inquiries WHERE '{x}' IN (requester_id, assignee_id) OR '{y}' IN (requester_id, assignee_id)"));
    }

    [Fact]
    [Trait("Obligation", "R2")]
    [Trait("Obligation", "G7")]
    public async Task Anonymization_WhenTheProcessDiesMidBatch_ShouldLeaveNothingHalfDoneAndTheNextRunShouldFinish()
    {
        var first = await SignUpAsync();
        var second = await SignUpAsync();
        foreach (var user in new[] { first, second })
        {
            await UploadAsync(user.Client, TestImages.Jpeg(64, 48));
            await Expect.StatusAsync(await user.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
            await ExpireAsync(user);
        }

        var before = await Task.WhenAll(RowsOfAsync(first), RowsOfAsync(second));
        await using (var crashing = SimulatedCrash.AtDelete(App, 5))
        {
            await Assert.ThrowsAsync<SimulatedCrashException>(() => AnonymizeAsync(crashing.Services));
        }

        var afterCrash = await Task.WhenAll(RowsOfAsync(first), RowsOfAsync(second));
        Assert.Equal(before, afterCrash);
        Assert.All(before, rows => Assert.DoesNotContain(0, rows));
        Assert.NotEmpty(await FilesOfAsync(first));
        Assert.Empty(await LedgerAsync(first));

        Assert.Equal(2, await AnonymizeAsync(App.Services));

        var afterRestart = await Task.WhenAll(RowsOfAsync(first), RowsOfAsync(second));
        Assert.All(afterRestart, rows => Assert.All(rows, count => Assert.Equal(0, count)));
        Assert.Empty(await FilesOfAsync(second));
        Assert.Equal([ErasureReason.Anonymization], await LedgerAsync(second));
    }

    [Fact]
    [Trait("Obligation", "R2")]
    public async Task ListJobs_ShouldShowTheDailyAnonymization()
    {
        var admin = await SignUpAdminAsync();

        var jobs = await admin.Client.GetFromJsonAsync<JsonElement>("/api/v1/admin/jobs");

        var job = jobs.EnumerateArray().Single(j => j.GetProperty("key").GetString() == JobKey);
        Assert.Contains("R2", job.GetProperty("description").GetString());
    }

    private static Task<int> AnonymizeAsync(IServiceProvider services) =>
        services.GetRequiredService<ExpiredAccountsAnonymizer>().RunAsync(CancellationToken.None);

    /// <summary>How often the accounts table was vacuumed by hand (not by autovacuum); null on SQLite.</summary>
    private Task<long?> AccountVacuumsAsync() =>
        TestDatabase.Provider == TestProvider.Sqlite
            ? Task.FromResult<long?>(null)
            : WithDatabaseAsync(db => db.Database
                .SqlQuery<long?>($"SELECT vacuum_count AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'accounts'")
                .SingleAsync());

    private static async Task<long> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<InactivityReport> MarkInactiveAsync() =>
        App.Services.GetRequiredService<SystemCommands>().SendAsync(new MarkInactiveAccountsCommand(), CancellationToken.None);

    private async Task<List<SignedIn>> SignUpExpiredAsync(int count)
    {
        var users = new List<SignedIn>();
        for (var i = 0; i < count; i++)
        {
            users.Add(await SignUpAsync());
            await ExpireAsync(users[^1]);
        }

        return users;
    }

    /// <summary>The account became inactive exactly 24 months ago: its retention has just run out.</summary>
    private Task<int> ExpireAsync(SignedIn user)
    {
        var id = new AccountId(user.User.Id);
        var started = App.Clock.GetUtcNow().AddMonths(-Account.RetentionMonths);
        return WithDatabaseAsync(db => db.Accounts.Where(a => a.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(a => a.Status, AccountStatus.Inactive)
            .SetProperty(a => a.RetentionClockStartedAt, started)));
    }

    private Task<AccountStatus?> StatusAsync(SignedIn user)
    {
        var id = new AccountId(user.User.Id);
        return WithDatabaseAsync(db => db.Accounts.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => (AccountStatus?)a.Status).SingleOrDefaultAsync());
    }

    /// <summary>The subject's rows in some of the tables a batch deletes from, in the order the sources erase them and after.</summary>
    private async Task<int[]> RowsOfAsync(SignedIn user)
    {
        var id = new AccountId(user.User.Id);
        return
        [
            await WithDatabaseAsync(db => db.Accounts.CountAsync(a => a.Id == id && a.Status != AccountStatus.Erased)),
            await WithDatabaseAsync(db => db.Sessions.CountAsync(s => s.AccountId == id)),
            await WithDatabaseAsync(db => db.PolicyAcceptances.CountAsync(p => p.AccountId == id)),
            await WithDatabaseAsync(db => db.AccessLog.CountAsync(e => e.SubjectId == id)),
            await WithDatabaseAsync(db => db.Uploads.CountAsync(u => u.OwnerId == id)),
        ];
    }

    private Task<List<ErasureReason>> LedgerAsync(SignedIn user)
    {
        var id = new AccountId(user.User.Id);
        return WithDatabaseAsync(db => db.ErasureLedger.Where(e => e.SubjectId == id).Select(e => e.Reason).ToListAsync());
    }

    private Task<IReadOnlyList<string>> FilesOfAsync(SignedIn user) => Store.ListAsync(new AccountId(user.User.Id), CancellationToken.None);

    /// <summary>Erasure verification's scan: every text column outside the tables retained after erasure.</summary>
    private async Task<IReadOnlyList<string>> ScanAsync(params string[] values)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPersonalDataScan>().FindAsync(values, CancellationToken.None);
    }
}
