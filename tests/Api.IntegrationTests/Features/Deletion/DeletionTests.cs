using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Features.Deletion.EraseSubject;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Deletion;

/// <summary>Obligations G2, G7: a person deletes their account; it closes at once, is erased by a job, verified and certified.</summary>
public sealed class DeletionTests(PixyerApiFactory app) : DeletionTest(app)
{
    [Fact]
    [Trait("Obligation", "G2")]
    [Trait("Obligation", "G7")]
    public async Task DeleteMyAccount_ShouldCloseItAtOnce_EraseEverySourceAndFile_AndCertifyACleanScan()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        await RequestAcceptedAsync(me, upload, "studio", ["square"]);
        await RunWorkerAsync();
        await other.UploadPhotoAsync(BottleRed);
        await Expect.StatusAsync(await me.Client.PutAsJsonAsync("/api/v1/me/consents/marketing_email", new { granted = true }), HttpStatusCode.OK);

        var requested = await RequestDeletionAsync(me);

        Assert.Equal(("received", "holder"), (requested.Status, requested.Origin));
        Assert.Equal(App.Clock.GetUtcNow().AddDays(30), requested.DueAt, TimeSpan.FromMilliseconds(1));
        await Expect.StatusAsync(await me.Client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        await Expect.StatusAsync(
            await Client.PostAsJsonAsync("/api/v1/sessions", new { email = me.User.Email, password = me.User.Password }), HttpStatusCode.Unauthorized);

        var token = await MailedTokenAsync(me.User.Email);
        await RunErasureAsync();
        var done = await ReadRequestAsync(requested.Id, token);

        Assert.Equal("completed", done.Status);
        var certificate = done.Certificate!;
        Assert.True(certificate.Clean, string.Join(", ", certificate.Findings));
        // What the law keeps is retained, not erased: the audit of account operations, the invoices and the transactions.
        Assert.Equal(
            PersonalDataRegistry.Categories(App.Services).Where(c => c is not ("audit-trail" or "invoices" or "payment-transactions")),
            certificate.CategoriesErased);
        foreach (var retained in new[] { "account-operations-audit:", "invoices:", "payment-transactions:" })
        {
            Assert.Contains(certificate.Retained, r => r.StartsWith(retained, StringComparison.Ordinal));
        }
        Assert.Empty(await App.Services.GetRequiredService<IFileStore>().ListAsync(new AccountId(me.User.Id), CancellationToken.None));
        Assert.Empty(await DatabaseScan.FindAsync(App, me.User.Email));
        Assert.Empty(await DatabaseScan.FindAsync(App, me.User.Username));
        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, me.User.Id));
        Assert.NotEmpty(await PersonalDataRegistry.FindRemainingAsync(App.Services, other.User.Id));
        var chain = await admin.Client.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit/verify");
        Assert.True(chain.GetProperty("valid").GetBoolean(), chain.ToString());
        Assert.True(await WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.SubjectId == me.User.Id)));
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task Erasure_ShouldWaitUntilTheMailWithTheTokenHasGone()
    {
        var me = await SignUpAsync();
        var requested = await RequestDeletionAsync(me);

        await RunErasureAsync();
        var account = await WithDatabaseAsync(db => db.Accounts.AsNoTracking().SingleAsync(a => a.Id == new AccountId(me.User.Id)));
        var token = await MailedTokenAsync(me.User.Email);
        await RunErasureAsync();

        Assert.Equal(AccountStatus.Deactivated, account.Status);
        Assert.Equal("completed", (await ReadRequestAsync(requested.Id, token)).Status);
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task DeleteMyAccount_WithAWrongPassword_ShouldAnswer422_AndKeepTheAccount()
    {
        var me = await SignUpAsync();

        var response = await me.Client.PostAsJsonAsync("/api/v1/me/deletion-request", new { password = "Not-The-Password-1" });
        var empty = await me.Client.PostAsJsonAsync("/api/v1/me/deletion-request", new { password = "" });

        await Expect.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "password-incorrect");
        await Expect.ProblemAsync(empty, HttpStatusCode.BadRequest, "validation");
        await Expect.StatusAsync(await me.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task GetDeletionRequest_WithAWrongToken_ShouldAnswer404LikeAnUnknownId()
    {
        var me = await SignUpAsync();
        var requested = await RequestDeletionAsync(me);
        var token = await MailedTokenAsync(me.User.Email);

        await Expect.ProblemAsync(await GetRequestAsync(requested.Id, token + "x"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await GetRequestAsync(Guid.NewGuid(), token), HttpStatusCode.NotFound, "not-found");
        Assert.Equal("received", (await ReadRequestAsync(requested.Id, token)).Status);
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task Certify_WhenACrashLeftFilesAfterTheErasureCommitted_ShouldRemoveThemAndStillCertifyClean()
    {
        var me = await SignUpAsync();
        var requested = await RequestDeletionAsync(me);
        var token = await MailedTokenAsync(me.User.Email);
        var store = App.Services.GetRequiredService<IFileStore>();
        await App.Services.GetRequiredService<SystemCommands>().SendAsync(new EraseSubjectCommand(requested.Id, "test-worker"), CancellationToken.None);

        // What a crash between the commit and the file deletion would leave behind.
        await store.SaveAsync(new AccountId(me.User.Id), "uploads", new MemoryStream([1, 2, 3]), CancellationToken.None);
        Assert.Equal("erased", (await ReadRequestAsync(requested.Id, token)).Status);
        await RunErasureAsync();

        var done = await ReadRequestAsync(requested.Id, token);
        Assert.Equal("completed", done.Status);
        Assert.True(done.Certificate!.Clean, string.Join(", ", done.Certificate.Findings));
        Assert.Empty(await store.ListAsync(new AccountId(me.User.Id), CancellationToken.None));
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task Erasure_WhenTheProcessDiesMidway_ShouldLeaveEverythingInPlace_AndTheNextRunShouldFinishIt()
    {
        var me = await SignUpAsync();
        await me.UploadPhotoAsync(BottleRed);
        var requested = await RequestDeletionAsync(me);
        var token = await MailedTokenAsync(me.User.Email);
        var before = await PersonalDataRegistry.FindRemainingAsync(App.Services, me.User.Id);
        await using var crashing = SimulatedCrash.AtDelete(App, 5);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => RunErasureAsync(crashing.Services));

        Assert.Equal(before, await PersonalDataRegistry.FindRemainingAsync(App.Services, me.User.Id));
        Assert.Contains(before, r => r.Category == "uploads");
        Assert.Equal("received", (await ReadRequestAsync(requested.Id, token)).Status);
        await RunErasureAsync();
        var done = await ReadRequestAsync(requested.Id, token);
        Assert.Equal("completed", done.Status);
        Assert.True(done.Certificate!.Clean, string.Join(", ", done.Certificate.Findings));
        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, me.User.Id));
    }
}
