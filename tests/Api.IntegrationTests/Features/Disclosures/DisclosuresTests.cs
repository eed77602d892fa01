using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Disclosures;
using Pixyer.Domain.Auditing;

namespace Pixyer.Api.IntegrationTests.Features.Disclosures;

public sealed class DisclosuresTests(PixyerApiFactory app) : ApiTest(app)
{
    private const string Record = "/api/v1/admin/disclosures";
    private const string Mine = "/api/v1/me/disclosures";

    [Fact]
    [Trait("Obligation", "S2")]
    [Trait("Obligation", "S1")]
    [Trait("Obligation", "S3")]
    public async Task Record_WhenBusinessNeedsPartner_ShouldNeedTheSubjectsThirdPartySharingConsentNowAndRecordNothingWithout()
    {
        var admin = await SignUpAdminAsync();
        var partner = await admin.Client.RegisterRecipientAsync("ad-partner", "business_needs", name: "Partner Brands Co.");
        var me = await SignUpAsync();
        var sharing = SharingWith(me.User.Id, partner.Id);

        var before = await admin.Client.PostAsJsonAsync(Record, sharing);
        await SetConsentAsync(me, "third_party_sharing", true);
        var granted = await admin.Client.PostAsJsonAsync(Record, sharing);
        await SetConsentAsync(me, "third_party_sharing", false);
        var withdrawn = await admin.Client.PostAsJsonAsync(Record, sharing);

        var refusal = await Expect.ProblemAsync(before, HttpStatusCode.UnprocessableEntity, "subject-consent-required");
        Assert.Equal("third_party_sharing", refusal.GetProperty("purpose").GetString());
        Assert.DoesNotContain("/me/consents", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Expect.StatusAsync(granted, HttpStatusCode.Created);
        await Expect.ProblemAsync(withdrawn, HttpStatusCode.UnprocessableEntity, "subject-consent-required");

        var disclosure = Assert.Single((await me.Client.GetFromJsonAsync<Paged<DisclosureDto>>(Mine))!.Items);
        Assert.Equal(
            ("Partner Brands Co.", "business_needs", "CN", "service_provision", "consent", "campaign-2026-07", null),
            (disclosure.Recipient, disclosure.Category, disclosure.Country, disclosure.Purpose, disclosure.LegalBasis, disclosure.Reference,
                disclosure.CrossBorderMechanism));
        Assert.Equal(["identity", "contact"], disclosure.DataCategories);
        Assert.Equal(App.Clock.GetUtcNow(), disclosure.DisclosedAt, TimeSpan.FromMilliseconds(1));
        var outcomes = await WithDatabaseAsync(db => db.AuditEntries
            .Where(e => e.RequestName == "RecordDisclosureCommand" && e.SubjectId == me.User.Id)
            .OrderBy(e => e.Position)
            .Select(e => e.Outcome)
            .ToListAsync());
        Assert.Equal([AuditOutcome.Refused, AuditOutcome.Succeeded, AuditOutcome.Refused], outcomes);
    }

    [Fact]
    [Trait("Obligation", "S2")]
    public async Task Record_WhenBusinessNeedsSharingClaimsAnotherLegalBasis_ShouldBeRefused()
    {
        var admin = await SignUpAdminAsync();
        var partner = await admin.Client.RegisterRecipientAsync("ad-partner", "business_needs");
        var me = await SignUpAsync();
        await SetConsentAsync(me, "third_party_sharing", true);

        var response = await admin.Client.PostAsJsonAsync(Record, SharingWith(me.User.Id, partner.Id, legalBasis: "contract"));

        await Expect.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "legal-basis-mismatch");
    }

    [Fact]
    [Trait("Obligation", "S1")]
    public async Task Record_WhenDataIsNotDeclaredForTheRecipientsCategory_ShouldBeRefused()
    {
        var admin = await SignUpAdminAsync();
        await admin.Client.RegisterImageProviderAsync("acme-image-models");
        var me = await SignUpAsync();

        var payment = await admin.Client.PostAsJsonAsync(
            Record,
            new { subjectId = me.User.Id, recipientKey = "acme-image-models", purpose = "service_provision", legalBasis = "contract", dataCategories = new[] { "uploads", "payment" } });

        var problem = await Expect.ProblemAsync(payment, HttpStatusCode.UnprocessableEntity, "data-not-declared-for-recipient");
        Assert.Contains("payment", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await me.Client.GetFromJsonAsync<Paged<DisclosureDto>>(Mine))!.Total);
    }

    [Fact]
    [Trait("Obligation", "X1")]
    [Trait("Obligation", "S3")]
    public async Task Record_WhenRecipientIsAbroad_ShouldKeepTheMechanismThatCoveredEachTransfer()
    {
        var admin = await SignUpAdminAsync();
        var models = await admin.Client.RegisterImageProviderAsync("acme-image-models");
        var me = await SignUpAsync();
        var upload = UploadTo(me.User.Id, "acme-image-models", "job-1");

        await Expect.StatusAsync(await admin.Client.PostAsJsonAsync(Record, upload), HttpStatusCode.Created);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync(
                $"{Recipients.Path}/{models.Id}",
                new { name = models.Name, category = models.Category, country = "US", securityAssessedOn = "2026-02-01", transferMechanism = "Certification" }),
            HttpStatusCode.OK);
        await Expect.StatusAsync(await admin.Client.PostAsJsonAsync(Record, UploadTo(me.User.Id, "acme-image-models", "job-2")), HttpStatusCode.Created);

        var mine = (await me.Client.GetFromJsonAsync<Paged<DisclosureDto>>(Mine))!.Items;
        Assert.Equal(
            [("job-2", "Certification"), ("job-1", Recipients.StandardClauses)],
            mine.Select(d => (d.Reference, d.CrossBorderMechanism)));
        Assert.All(mine, d => Assert.Equal(("Acme Image Models Inc.", "large_model_providers", "US"), (d.Recipient, d.Category, d.Country)));
    }

    [Fact]
    [Trait("Obligation", "S2")]
    [Trait("Obligation", "S3")]
    public async Task Record_WhenRecipientIsRetired_ShouldBeRefusedWhileEarlierDisclosuresStillNameIt()
    {
        var admin = await SignUpAdminAsync();
        var models = await admin.Client.RegisterImageProviderAsync("acme-image-models");
        var me = await SignUpAsync();
        await Expect.StatusAsync(await admin.Client.PostAsJsonAsync(Record, UploadTo(me.User.Id, "acme-image-models", "job-1")), HttpStatusCode.Created);
        await admin.Client.DeleteAsync($"{Recipients.Path}/{models.Id}");

        var after = await admin.Client.PostAsJsonAsync(Record, UploadTo(me.User.Id, "acme-image-models", "job-2"));

        await Expect.ProblemAsync(after, HttpStatusCode.UnprocessableEntity, "recipient-not-registered");
        var mine = await me.Client.GetFromJsonAsync<Paged<DisclosureDto>>(Mine);
        Assert.Equal([("job-1", "Acme Image Models Inc.")], mine!.Items.Select(d => (d.Reference, d.Recipient)));
    }

    [Fact]
    [Trait("Obligation", "S3")]
    [Trait("Obligation", "P1")]
    public async Task ListMine_ShouldShowOnlyMyDisclosuresNewestFirstAndStaffReadingThemIsAudited()
    {
        var admin = await SignUpAdminAsync();
        await admin.Client.RegisterImageProviderAsync("acme-image-models");
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        foreach (var job in new[] { "job-1", "job-2", "job-3" })
        {
            await admin.Client.PostAsJsonAsync(Record, UploadTo(me.User.Id, "acme-image-models", job));
            App.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var page = await me.Client.GetFromJsonAsync<Paged<DisclosureDto>>($"{Mine}?pageSize=2");
        var others = await other.Client.GetFromJsonAsync<Paged<DisclosureDto>>(Mine);
        var staffView = await admin.Client.GetFromJsonAsync<Paged<DisclosureDto>>($"{Record}?subjectId={me.User.Id}");
        var customerAsStaff = await other.Client.GetAsync($"{Record}?subjectId={me.User.Id}");

        Assert.Equal(3, page!.Total);
        Assert.Equal(["job-3", "job-2"], page.Items.Select(d => d.Reference));
        Assert.Equal(0, others!.Total);
        Assert.Equal(["job-3", "job-2", "job-1"], staffView!.Items.Select(d => d.Reference));
        await Expect.ProblemAsync(customerAsStaff, HttpStatusCode.Forbidden, "forbidden");
        Assert.True(await WithDatabaseAsync(db => db.AuditEntries.AnyAsync(
            e => e.RequestName == "ListSubjectDisclosuresQuery" && e.ActorId == admin.User.Id && e.SubjectId == me.User.Id)));
    }

    [Fact]
    [Trait("Obligation", "S1")]
    public async Task Record_WhenRequestIsMalformedOrSubjectUnknown_ShouldRefuseClearly()
    {
        var admin = await SignUpAdminAsync();
        var models = await admin.Client.RegisterImageProviderAsync("acme-image-models");

        var malformed = await admin.Client.PostAsJsonAsync(
            Record,
            new { subjectId = admin.User.Id, recipientId = models.Id, recipientKey = "acme-image-models", purpose = "fun", legalBasis = "because", dataCategories = new[] { "none" }, reference = "jane@example.com" });
        var unknownSubject = await admin.Client.PostAsJsonAsync(Record, UploadTo(Guid.NewGuid(), "acme-image-models", "job-1"));
        var unknownRecipient = await admin.Client.PostAsJsonAsync(
            Record,
            new { subjectId = admin.User.Id, recipientId = Guid.NewGuid(), purpose = "service_provision", legalBasis = "contract", dataCategories = new[] { "uploads" } });
        var noSubject = await admin.Client.GetAsync(Record);

        var errors = (await Expect.ProblemAsync(malformed, HttpStatusCode.BadRequest, "validation")).GetProperty("errors");
        Assert.Equal(
            ["dataCategories[0]", "legalBasis", "purpose", "recipientId", "reference"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        await Expect.ProblemAsync(unknownSubject, HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(unknownRecipient, HttpStatusCode.UnprocessableEntity, "recipient-not-registered");
        await Expect.ProblemAsync(noSubject, HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    [Trait("Obligation", "S3")]
    [Trait("Obligation", "G3")]
    [Trait("Obligation", "G2")]
    public async Task PersonalData_ShouldExportMyDisclosuresWithRecipientNamesAndEraseThemWithMe()
    {
        var admin = await SignUpAdminAsync();
        await admin.Client.RegisterImageProviderAsync("acme-image-models");
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        await admin.Client.PostAsJsonAsync(Record, UploadTo(me.User.Id, "acme-image-models", "job-1"));
        await admin.Client.PostAsJsonAsync(Record, UploadTo(other.User.Id, "acme-image-models", "job-2"));

        var export = (await PersonalDataRegistry.ExportAsync(App.Services, me.User.Id))["disclosures"];
        await PersonalDataRegistry.EraseAsync(App.Services, me.User.Id);

        var exported = Assert.Single(export.EnumerateArray());
        Assert.Equal(
            ("Acme Image Models Inc.", "US", "uploads", "job-1", Recipients.StandardClauses),
            (exported.GetProperty("recipient").GetString(), exported.GetProperty("country").GetString(),
                exported.GetProperty("dataCategories").GetString(), exported.GetProperty("reference").GetString(),
                exported.GetProperty("crossBorderMechanism").GetString()));
        Assert.DoesNotContain(await PersonalDataRegistry.FindRemainingAsync(App.Services, me.User.Id), r => r.Category == "disclosures");
        Assert.Equal(1, (await other.Client.GetFromJsonAsync<Paged<DisclosureDto>>(Mine))!.Total);
    }

    private static object SharingWith(Guid subject, Guid recipient, string legalBasis = "consent") => new
    {
        subjectId = subject,
        recipientId = recipient,
        purpose = "service_provision",
        legalBasis,
        dataCategories = new[] { "identity", "contact" },
        reference = "campaign-2026-07",
    };

    private static object UploadTo(Guid subject, string recipientKey, string reference) => new
    {
        subjectId = subject,
        recipientKey,
        purpose = "service_provision",
        legalBasis = "contract",
        dataCategories = new[] { "uploads" },
        reference,
    };

    private static async Task SetConsentAsync(SignedIn user, string purpose, bool granted) =>
        await Expect.StatusAsync(await user.Client.PutAsJsonAsync($"/api/v1/me/consents/{purpose}", new { granted }), HttpStatusCode.OK);
}
