using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Features.Privacy;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.BusinessTransfers;
using Pixyer.Application.Features.Consents;
using Pixyer.Application.Features.Privacy.ListRecipientCategories;
using Pixyer.Application.Features.Recipients;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;
using Pixyer.Infrastructure.Jobs;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Features.BusinessTransfers;

/// <summary>
/// Obligation T1: a merger, acquisition or bankruptcy moves personal information only to a new holder bound by this
/// policy, every affected person is told, and processing the new holder does differently waits for their consent again.
/// </summary>
[Trait("Obligation", "T1")]
public sealed class BusinessTransferTests(PixyerApiFactory app) : ApiTest(app)
{
    private const string Path = "/api/v1/admin/business-transfers";
    private const string HolderName = "Bright Lens Holdings Ltd.";
    private const string Undertaking = "Deed of adherence BLH-2026-07";

    private static readonly object AllAccounts = new { kind = "all_accounts" };

    [Fact]
    public async Task Declare_WhenSelectingAccountsWithUploads_ShouldMailEachOfThemOnceAndNobodyElse()
    {
        var admin = await SignUpAdminAsync();
        var first = await SignUpAsync();
        var second = await SignUpAsync();
        var bystander = await SignUpAsync();
        await first.UploadPhotoAsync(SKColors.Red);
        await second.UploadPhotoAsync(SKColors.Blue);
        var body = Declaration(App.Clock.GetUtcNow(), new { kind = "data_categories", categories = new[] { "uploads" } });

        var declared = await admin.Client.PostAsJsonAsync(Path, body);
        await Expect.StatusAsync(declared, HttpStatusCode.Created);
        var transfer = (await declared.Content.ReadFromJsonAsync<BusinessTransferDto>())!;
        var mailedFirst = await RunJobAsync();
        var again = await admin.Client.PostAsJsonAsync(Path, body);
        var mailedAgain = await RunJobAsync();

        Assert.Equal((2, 0), (transfer.AffectedCount, transfer.Progress.Mailed));
        Assert.Equal(new[] { "uploads" }, transfer.Affected.Categories);
        await Expect.StatusAsync(again, HttpStatusCode.OK);
        Assert.Equal(transfer.Id, (await again.Content.ReadFromJsonAsync<BusinessTransferDto>())!.Id);
        Assert.Equal((2, 0), (mailedFirst.Mailed, mailedAgain.Mailed));
        var notice = Assert.Single(await NoticesAsync(first));
        Assert.Single(await NoticesAsync(second));
        Assert.Empty(await NoticesAsync(bystander));
        Assert.Empty(await NoticesAsync(admin));
        Assert.Contains(HolderName, notice.TextBody, StringComparison.Ordinal);
        Assert.Contains("bound by the Pixyer privacy policy", notice.TextBody, StringComparison.Ordinal);
        Assert.Contains(Undertaking, notice.TextBody, StringComparison.Ordinal);
        Assert.Contains("delete your account", notice.TextBody, StringComparison.Ordinal);
        var stored = await admin.Client.GetFromJsonAsync<BusinessTransferDto>($"{Path}/{transfer.Id}");
        Assert.Equal(new BusinessTransferProgress(2, 0, 2), stored!.Progress);
        var listed = await admin.Client.GetFromJsonAsync<Paged<BusinessTransferDto>>(Path);
        Assert.Equal([transfer.Id], listed!.Items.Select(t => t.Id));
    }

    [Fact]
    public async Task Declare_ShouldRegisterTheNewHolderAsARecipientListedUnderNewHolders()
    {
        var admin = await SignUpAdminAsync();

        var transfer = await DeclareAsync(admin, App.Clock.GetUtcNow(), AllAccounts);

        var recipient = await admin.Client.GetFromJsonAsync<RecipientDto>($"{Recipients.Path}/{transfer.NewHolder.RecipientId}");
        Assert.Equal(("bright-lens-holdings-ltd", "new_holders", "SG", true), (recipient!.Key, recipient.Category, recipient.Country, recipient.CrossBorder));
        var published = (await Client.GetFromJsonAsync<RecipientCategoryList>(PrivacyRequests.Recipients))!.Items.Single(c => c.Name == "new_holders");
        Assert.Contains("bound by this privacy policy", published.Description, StringComparison.Ordinal);
        Assert.Equal([HolderName], published.Recipients.Select(r => r.Name));
        Assert.Equal(Recipients.StandardClauses, published.Recipients[0].CrossBorderMechanism);
    }

    [Fact]
    public async Task Declare_WithChangedPurposes_ShouldSuspendTheAffectedGrantsUntilTheSubjectGrantsAgain()
    {
        var admin = await SignUpAdminAsync();
        var affected = await SignUpAsync();
        var unaffected = await SignUpAsync();
        await SetConsentAsync(affected, "marketing_email", true);
        await SetConsentAsync(affected, "model_improvement", true);
        await SetConsentAsync(unaffected, "marketing_email", true);
        App.Clock.Advance(TimeSpan.FromMinutes(1));

        await DeclareAsync(admin, App.Clock.GetUtcNow(), new { kind = "account_ids", accountIds = new[] { affected.User.Id } }, "marketing_email", "model_improvement");
        var run = await RunJobAsync();

        Assert.Equal(2, run.Suspended);
        var marketing = await ConsentAsync(affected.Client, "marketing_email");
        Assert.Equal((false, "business_transfer"), (marketing.GetProperty("granted").GetBoolean(), marketing.GetProperty("channel").GetString()));
        await Expect.ProblemAsync(await SubmitFeedbackAsync(affected), HttpStatusCode.Forbidden, "consent-required");
        Assert.True((await ConsentAsync(unaffected.Client, "marketing_email")).GetProperty("granted").GetBoolean());
        Assert.Equal([unaffected.User.Id], await MarketingGrantedAsync(affected, unaffected));
        var notice = Assert.Single(await NoticesAsync(affected));
        Assert.Contains("marketing_email", notice.TextBody, StringComparison.Ordinal);
        Assert.Contains("until you agree again", notice.TextBody, StringComparison.Ordinal);

        await SetConsentAsync(affected, "marketing_email", true);
        await SetConsentAsync(affected, "model_improvement", true);
        var rerun = await RunJobAsync();

        Assert.Equal(0, rerun.Suspended);
        await Expect.StatusAsync(await SubmitFeedbackAsync(affected), HttpStatusCode.Created);
        Assert.Equal(new[] { affected.User.Id, unaffected.User.Id }.Order(), (await MarketingGrantedAsync(affected, unaffected)).Order());
    }

    [Fact]
    public async Task Declare_WithAFutureEffectiveDate_ShouldSuspendOnlyWhenTheJobRunsAtThatDate()
    {
        var admin = await SignUpAdminAsync();
        var subject = await SignUpAsync();
        await SetConsentAsync(subject, "marketing_email", true);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var effectiveAt = App.Clock.GetUtcNow().AddDays(30);

        var transfer = await DeclareAsync(admin, effectiveAt, AllAccounts, "marketing_email");
        var early = await RunJobAsync();
        var grantedBefore = (await ConsentAsync(subject.Client, "marketing_email")).GetProperty("granted").GetBoolean();
        App.Clock.Advance(TimeSpan.FromDays(30));
        var due = await RunJobAsync();

        Assert.Equal((2, 0), (early.Mailed, early.Suspended));
        Assert.True(grantedBefore);
        Assert.Equal(1, due.Suspended);
        // The sessions have long expired: both log in anew.
        using var subjectNow = BearerClient((await LogInAsync(subject.User)).Token);
        Assert.False((await ConsentAsync(subjectNow, "marketing_email")).GetProperty("granted").GetBoolean());
        using var adminNow = BearerClient((await LogInAsync(admin.User)).Token);
        var stored = await adminNow.GetFromJsonAsync<BusinessTransferDto>($"{Path}/{transfer.Id}");
        Assert.Equal(new BusinessTransferProgress(2, 0, 2), stored!.Progress);
    }

    [Fact]
    public async Task Declare_WithoutBindingUndertaking_ShouldAnswer400AndDeclareNothing()
    {
        var admin = await SignUpAdminAsync();

        var response = await admin.Client.PostAsJsonAsync(Path, new
        {
            kind = "acquisition",
            newHolder = new { name = HolderName, contact = "privacy@brightlens.example", country = "CN", securityAssessedOn = "2026-01-15" },
            effectiveAt = App.Clock.GetUtcNow(),
            affected = AllAccounts,
        });

        var errors = (await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation")).GetProperty("errors");
        Assert.Contains(errors.EnumerateObject(), e => e.Name.EndsWith("bindingUndertaking", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await WithDatabaseAsync(db => db.BusinessTransfers.CountAsync()));
        Assert.Equal(0, await WithDatabaseAsync(db => db.Recipients.CountAsync()));
    }

    [Fact]
    public async Task Declare_WithAPerItemPurposeChanged_ShouldAnswer400NamingIt()
    {
        var admin = await SignUpAdminAsync();

        var response = await admin.Client.PostAsJsonAsync(Path, Declaration(App.Clock.GetUtcNow(), AllAccounts, "public_disclosure"));

        var errors = (await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation")).GetProperty("errors");
        Assert.Contains(errors.EnumerateObject(), e => e.Name.StartsWith("changedPurposes", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await WithDatabaseAsync(db => db.BusinessTransfers.CountAsync()));
    }

    [Fact]
    public async Task Support_ShouldReadButNotDeclare_AndACustomerShouldDoNeither()
    {
        var admin = await SignUpAdminAsync();
        var support = await SignUpAsync();
        var customer = await SignUpAsync();
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{support.User.Id}/roles", new { roles = new[] { "Support" } }),
            HttpStatusCode.OK);
        var transfer = await DeclareAsync(admin, App.Clock.GetUtcNow(), AllAccounts);
        var body = Declaration(App.Clock.GetUtcNow().AddDays(1), AllAccounts);

        await Expect.StatusAsync(await support.Client.GetAsync(Path), HttpStatusCode.OK);
        await Expect.StatusAsync(await support.Client.GetAsync($"{Path}/{transfer.Id}"), HttpStatusCode.OK);
        await Expect.ProblemAsync(await support.Client.PostAsJsonAsync(Path, body), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.GetAsync(Path), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.GetAsync($"{Path}/{transfer.Id}"), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.PostAsJsonAsync(Path, body), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await admin.Client.GetAsync($"{Path}/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "not-found");
        Assert.Equal(1, await WithDatabaseAsync(db => db.BusinessTransfers.CountAsync()));
    }

    /// <summary>An acquisition by a holder in Singapore (outside the storage region, so under standard clauses).</summary>
    private static object Declaration(DateTimeOffset effectiveAt, object affected, params string[] changedPurposes) => new
    {
        kind = "acquisition",
        newHolder = new
        {
            name = HolderName,
            contact = "privacy@brightlens.example",
            country = "SG",
            bindingUndertaking = Undertaking,
            securityAssessedOn = "2026-01-15",
            transferMechanism = Recipients.StandardClauses,
        },
        effectiveAt,
        affected,
        changedPurposes,
    };

    private static async Task<BusinessTransferDto> DeclareAsync(SignedIn staff, DateTimeOffset effectiveAt, object affected, params string[] changedPurposes)
    {
        var response = await staff.Client.PostAsJsonAsync(Path, Declaration(effectiveAt, affected, changedPurposes));
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<BusinessTransferDto>())!;
    }

    private Task<(int Mailed, int Suspended)> RunJobAsync() =>
        App.Services.GetRequiredService<BusinessTransferRunner>().RunAsync(CancellationToken.None);

    /// <summary>Delivers what is queued, then reads the business-transfer notices <paramref name="subject"/> received.</summary>
    private async Task<List<MimeKit.MimeMessage>> NoticesAsync(SignedIn subject)
    {
        await Mailbox.DeliverAsync();
        return Mailbox.To(subject.User.Email).Where(m => m.Subject == BusinessTransferNotice.Subject).ToList();
    }

    /// <summary>Of <paramref name="subjects"/>, those the marketing mailer may write to, as the consent ledger answers it.</summary>
    private async Task<List<Guid>> MarketingGrantedAsync(params SignedIn[] subjects)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var granting = await scope.ServiceProvider.GetRequiredService<ConsentLedger>().AccountsGranting(ConsentPurpose.MarketingEmail).ToListAsync();
        return subjects.Select(s => s.User.Id).Where(id => granting.Contains(new AccountId(id))).ToList();
    }

    private static async Task<JsonElement> ConsentAsync(HttpClient subject, string purpose) =>
        (await subject.GetFromJsonAsync<JsonElement>("/api/v1/me/consents")).EnumerateArray()
        .Single(c => c.GetProperty("purpose").GetString() == purpose);

    private static Task<HttpResponseMessage> SubmitFeedbackAsync(SignedIn subject) =>
        subject.Client.PostAsJsonAsync("/api/v1/me/model-feedback", new { rating = 4, comment = "Crisp shadows" });

    private static async Task SetConsentAsync(SignedIn subject, string purpose, bool granted) =>
        await Expect.StatusAsync(await subject.Client.PutAsJsonAsync($"/api/v1/me/consents/{purpose}", new { granted }), HttpStatusCode.OK);
}
