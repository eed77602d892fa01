using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Disclosures;
using Pixyer.Application.Features.LegalRequests;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Features.LegalRequests;

[Trait("Obligation", "E1")]
public sealed class LegalRequestsTests(PixyerApiFactory app) : ApiTest(app)
{
    private const string Path = "/api/v1/admin/legal-requests";
    private const string Mine = "/api/v1/me/disclosures";
    private const string AuthorityKey = "gz-police";
    private const string AuthorityName = "Guangzhou Public Security Bureau";
    private static readonly byte[] CourtOrder = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\n% court order 2026-17\n%%EOF\n");

    [Fact]
    public async Task Approve_WhenTheRequestHasNoDocumentReferenceOrNoDocument_ShouldBeRefusedWith422AndDiscloseNothing()
    {
        var admin = await SignUpAdminAsync();
        await RegisterAuthorityAsync(admin);
        var subject = await SignUpAsync();
        var withoutReference = await RecordAsync(admin, [subject.User.Id], ["account"], documentReference: null);
        await AttachAsync(admin, withoutReference.Id, CourtOrder);
        var withoutDocument = await RecordAsync(admin, [subject.User.Id], ["account"]);

        var noReference = await DecideAsync(admin, withoutReference.Id, Approval(notify: true));
        var noDocument = await DecideAsync(admin, withoutDocument.Id, Approval(notify: true));

        await Expect.ProblemAsync(noReference, HttpStatusCode.UnprocessableEntity, "legal-document-missing");
        await Expect.ProblemAsync(noDocument, HttpStatusCode.UnprocessableEntity, "legal-document-missing");
        Assert.Equal(0, (await subject.Client.GetFromJsonAsync<Paged<DisclosureDto>>(Mine))!.Total);
        Assert.Equal("received", (await GetAsync(admin, withoutReference.Id)).Status);
        await Expect.StatusAsync(await admin.Client.GetAsync($"{Path}/{withoutReference.Id}/export"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Approve_WhenSubjectsAreTold_ShouldRecordOneAuthorityDisclosurePerScopedSubjectAndMailEachOfThem()
    {
        var admin = await SignUpAdminAsync();
        await RegisterAuthorityAsync(admin);
        var first = await SignUpAsync();
        var second = await SignUpAsync();
        var unscoped = await SignUpAsync();
        var request = await RecordAsync(admin, [first.User.Id, second.User.Id], ["account", "uploads"]);
        await AttachAsync(admin, request.Id, CourtOrder);
        Mailbox.Clear();

        var approved = await DecideAsync(admin, request.Id, Approval(notify: true));
        var again = await DecideAsync(admin, request.Id, new { decision = "refuse", reason = "Changed our mind." });

        await Expect.StatusAsync(approved, HttpStatusCode.OK);
        var decided = (await approved.Content.ReadFromJsonAsync<LegalRequestDto>())!;
        Assert.Equal(("approved", true, (string?)null), (decided.Status, decided.Decision!.NotifySubjects, decided.Decision.WithholdingReason));
        Assert.Equal(["received", "recorded", "document_attached", "approved"], decided.Timeline.Select(e => e.Event));
        await Expect.ProblemAsync(again, HttpStatusCode.Conflict, "conflict");
        foreach (var subject in new[] { first, second })
        {
            var disclosure = Assert.Single((await subject.Client.GetFromJsonAsync<Paged<DisclosureDto>>(Mine))!.Items);
            Assert.Equal(
                (AuthorityName, "authorities", "legal_compliance", "legal_obligation", request.Id.ToString(), false),
                (disclosure.Recipient, disclosure.Category, disclosure.Purpose, disclosure.LegalBasis, disclosure.Reference, disclosure.WithheldFromSubject));
            Assert.Equal(["identity", "contact", "date_of_birth", "uploads"], disclosure.DataCategories);
        }

        Assert.Equal(0, (await unscoped.Client.GetFromJsonAsync<Paged<DisclosureDto>>(Mine))!.Total);
        await Mailbox.DeliverAsync();
        Assert.Single(Mailbox.To(first.User.Email), m => m.Subject == "We disclosed some of your data to an authority");
        Assert.Single(Mailbox.To(second.User.Email), m => m.Subject == "We disclosed some of your data to an authority");
        Assert.Empty(Mailbox.To(unscoped.User.Email));
    }

    [Fact]
    public async Task Approve_WhenTheDecisionIsNotToTellTheSubject_ShouldRecordTheDisclosureForStaffButNotListItToTheSubject()
    {
        var admin = await SignUpAdminAsync();
        await RegisterAuthorityAsync(admin);
        var subject = await SignUpAsync();
        var request = await RecordAsync(admin, [subject.User.Id], ["account"]);
        await AttachAsync(admin, request.Id, CourtOrder);
        Mailbox.Clear();

        var withoutReason = await DecideAsync(admin, request.Id, new { decision = "approve", notifySubjects = false });
        var withReason = await DecideAsync(admin, request.Id, Approval(notify: false));

        await Expect.ProblemAsync(withoutReason, HttpStatusCode.BadRequest, "validation");
        await Expect.StatusAsync(withReason, HttpStatusCode.OK);
        var decision = (await GetAsync(admin, request.Id)).Decision!;
        Assert.Equal((false, "Confidentiality order of the court, case 2026-17."), (decision.NotifySubjects, decision.WithholdingReason));
        Assert.Equal(0, (await subject.Client.GetFromJsonAsync<Paged<DisclosureDto>>(Mine))!.Total);
        var staffView = Assert.Single(
            (await admin.Client.GetFromJsonAsync<Paged<DisclosureDto>>($"/api/v1/admin/disclosures?subjectId={subject.User.Id}"))!.Items);
        Assert.Equal(("authorities", "legal_obligation", request.Id.ToString(), true), (staffView.Category, staffView.LegalBasis, staffView.Reference, staffView.WithheldFromSubject));
        await Mailbox.DeliverAsync();
        Assert.Empty(Mailbox.To(subject.User.Email));
    }

    [Fact]
    public async Task Export_ShouldHoldExactlyTheScopedCategoriesOfTheScopedSubjectAndNothingOfAnyoneElse()
    {
        var admin = await SignUpAdminAsync();
        await RegisterAuthorityAsync(admin);
        var subject = await SignUpAsync();
        var unscoped = await SignUpAsync();
        var upload = await subject.UploadPhotoAsync(SKColors.Red);
        await unscoped.UploadPhotoAsync(SKColors.Blue);
        var request = await RecordAsync(admin, [subject.User.Id], ["account", "uploads"]);
        await AttachAsync(admin, request.Id, CourtOrder);
        var decided = (await (await DecideAsync(admin, request.Id, Approval(notify: true))).Content.ReadFromJsonAsync<LegalRequestDto>())!;

        var response = await admin.Client.GetAsync($"{Path}/{request.Id}/export");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(decided.Decision!.Export!.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var root = $"subjects/{subject.User.Id}/";
        Assert.Equal(
            new[] { "legal-request.json", $"{root}data/account.json", $"{root}data/uploads.json", $"{root}manifest.json", $"{root}uploads/{upload}.png" }.Order(),
            zip.Entries.Select(e => e.FullName).Order());
        var text = string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".json", StringComparison.Ordinal)).Select(Read));
        Assert.Contains(subject.User.Email, text, StringComparison.Ordinal);
        Assert.DoesNotContain(unscoped.User.Email, text, StringComparison.Ordinal);
        Assert.DoesNotContain(unscoped.User.Username, text, StringComparison.Ordinal);
        Assert.DoesNotContain(unscoped.User.Id.ToString(), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WhenAScopedSubjectIsErased_ShouldBeDeletedWhileTheRequestKeepsItsHash()
    {
        var admin = await SignUpAdminAsync();
        await RegisterAuthorityAsync(admin);
        var subject = await SignUpAsync();
        await subject.UploadPhotoAsync(SKColors.Red);
        var request = await RecordAsync(admin, [subject.User.Id], ["account", "uploads"]);
        await AttachAsync(admin, request.Id, CourtOrder);
        var decided = (await (await DecideAsync(admin, request.Id, Approval(notify: true))).Content.ReadFromJsonAsync<LegalRequestDto>())!;

        await App.EraseAsync(subject.User.Id);

        await Expect.ProblemAsync(await admin.Client.GetAsync($"{Path}/{request.Id}/export"), HttpStatusCode.Gone, "legal-export-erased");
        Assert.Empty(await DatabaseScan.FindAsync(App, subject.User.Email));
        var kept = await GetAsync(admin, request.Id);
        Assert.Equal(("approved", decided.Decision!.Export!.Sha256), (kept.Status, kept.Decision!.Export!.Sha256));
    }

    [Fact]
    public async Task Refuse_ShouldNeedAReasonAndKeepIt()
    {
        var admin = await SignUpAdminAsync();
        await RegisterAuthorityAsync(admin);
        var subject = await SignUpAsync();
        var request = await RecordAsync(admin, [subject.User.Id], ["account"]);

        var withoutReason = await DecideAsync(admin, request.Id, new { decision = "refuse" });
        var refused = await DecideAsync(admin, request.Id, new { decision = "refuse", reason = "The order names no legal basis for this data." });

        await Expect.ProblemAsync(withoutReason, HttpStatusCode.BadRequest, "validation");
        await Expect.StatusAsync(refused, HttpStatusCode.OK);
        var stored = await GetAsync(admin, request.Id);
        Assert.Equal(("refused", "The order names no legal basis for this data."), (stored.Status, stored.Decision!.RefusalReason));
        Assert.Equal(0, (await subject.Client.GetFromJsonAsync<Paged<DisclosureDto>>(Mine))!.Total);
        var listed = (await admin.Client.GetFromJsonAsync<Paged<LegalRequestDto>>($"{Path}?status=refused&subjectId={subject.User.Id}"))!;
        Assert.Equal([request.Id], listed.Items.Select(r => r.Id));
        Assert.Equal(0, (await admin.Client.GetFromJsonAsync<Paged<LegalRequestDto>>($"{Path}?status=approved"))!.Total);
    }

    [Fact]
    public async Task Roles_SupportShouldReadButNotRecordOrDecideAndACustomerShouldNotEvenRead()
    {
        var admin = await SignUpAdminAsync();
        await RegisterAuthorityAsync(admin);
        var support = await SignUpAsync();
        var customer = await SignUpAsync();
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{support.User.Id}/roles", new { roles = new[] { "Support" } }), HttpStatusCode.OK);
        var request = await RecordAsync(admin, [customer.User.Id], ["account"]);

        await Expect.StatusAsync(await support.Client.GetAsync(Path), HttpStatusCode.OK);
        await Expect.StatusAsync(await support.Client.GetAsync($"{Path}/{request.Id}"), HttpStatusCode.OK);
        await Expect.ProblemAsync(await DecideAsync(support, request.Id, Approval(notify: true)), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await support.Client.PostAsJsonAsync(Path, Body([customer.User.Id], ["account"], admin.User.Id)), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await support.Client.GetAsync($"{Path}/{request.Id}/document"), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.GetAsync(Path), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.GetAsync($"{Path}/{request.Id}"), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await DecideAsync(customer, request.Id, Approval(notify: true)), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Document_ShouldBeStoredAsUploadedWithTheHashOfItsBytesAndRefuseWhatIsNoDocument()
    {
        var admin = await SignUpAdminAsync();
        await RegisterAuthorityAsync(admin);
        var subject = await SignUpAsync();
        var request = await RecordAsync(admin, [subject.User.Id], ["account"], documentReference: null);

        var text = await PutDocumentAsync(admin, request.Id, Encoding.UTF8.GetBytes("just some words"), "application/pdf");
        var attached = await PutDocumentAsync(admin, request.Id, CourtOrder, "application/pdf", "?reference=Court%20order%202026-17");

        await Expect.ProblemAsync(text, HttpStatusCode.UnsupportedMediaType, "unsupported-document-type");
        await Expect.StatusAsync(attached, HttpStatusCode.OK);
        var stored = (await attached.Content.ReadFromJsonAsync<LegalRequestDto>())!;
        Assert.Equal(
            ("application/pdf", (long)CourtOrder.Length, Convert.ToHexStringLower(SHA256.HashData(CourtOrder)), "Court order 2026-17"),
            (stored.Document!.ContentType, stored.Document.Length, stored.Document.Sha256, stored.DocumentReference));
        var download = await admin.Client.GetAsync($"{Path}/{request.Id}/document");
        await Expect.StatusAsync(download, HttpStatusCode.OK);
        Assert.Equal(CourtOrder, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(stored.Document.Sha256, (await GetAsync(admin, request.Id)).Document!.Sha256);
    }

    [Fact]
    public async Task Document_WhenLargerThanTheLimit_ShouldBe413()
    {
        var admin = await SignUpAdminAsync();
        await RegisterAuthorityAsync(admin);
        var subject = await SignUpAsync();
        var request = await RecordAsync(admin, [subject.User.Id], ["account"]);
        var huge = new byte[(10 * 1024 * 1024) + 1];
        CourtOrder.CopyTo(huge, 0);

        var response = await PutDocumentAsync(admin, request.Id, huge, "application/pdf");

        await Expect.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        Assert.Null((await GetAsync(admin, request.Id)).Document);
    }

    [Fact]
    public async Task UnknownRequest_ShouldBe404Everywhere()
    {
        var admin = await SignUpAdminAsync();
        var unknown = Guid.NewGuid();

        await Expect.ProblemAsync(await admin.Client.GetAsync($"{Path}/{unknown}"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await DecideAsync(admin, unknown, Approval(notify: true)), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await PutDocumentAsync(admin, unknown, CourtOrder, "application/pdf"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await admin.Client.GetAsync($"{Path}/{unknown}/document"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await admin.Client.GetAsync($"{Path}/{unknown}/export"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Record_WhenScopeOrAuthorityIsNotValid_ShouldBeRefused()
    {
        var admin = await SignUpAdminAsync();
        await RegisterAuthorityAsync(admin);
        await admin.Client.RegisterRecipientAsync("ad-partner", "business_needs");
        var subject = await SignUpAsync();

        var unknownCategory = await admin.Client.PostAsJsonAsync(Path, Body([subject.User.Id], ["account", "horoscope"], admin.User.Id));
        var notAnAuthority = await admin.Client.PostAsJsonAsync(Path, Body([subject.User.Id], ["account"], admin.User.Id, authorityKey: "ad-partner"));
        var customerReviewer = await admin.Client.PostAsJsonAsync(Path, Body([subject.User.Id], ["account"], subject.User.Id));
        var unknownSubject = await admin.Client.PostAsJsonAsync(Path, Body([Guid.NewGuid()], ["account"], admin.User.Id));

        var problem = await Expect.ProblemAsync(unknownCategory, HttpStatusCode.BadRequest, "validation");
        Assert.Contains("uploads", problem.ToString(), StringComparison.Ordinal);
        await Expect.ProblemAsync(notAnAuthority, HttpStatusCode.UnprocessableEntity, "recipient-not-an-authority");
        await Expect.ProblemAsync(customerReviewer, HttpStatusCode.UnprocessableEntity, "reviewer-not-staff");
        await Expect.ProblemAsync(unknownSubject, HttpStatusCode.UnprocessableEntity, "unknown-subject");
    }

    [Fact]
    public async Task RecordDisclosure_ToAnAuthorityOnAnotherBasisThanALegalObligation_ShouldBeRefused()
    {
        var admin = await SignUpAdminAsync();
        await RegisterAuthorityAsync(admin);
        var subject = await SignUpAsync();

        var response = await admin.Client.PostAsJsonAsync(
            "/api/v1/admin/disclosures",
            new { subjectId = subject.User.Id, recipientKey = AuthorityKey, purpose = "legal_compliance", legalBasis = "contract", dataCategories = new[] { "identity" } });

        await Expect.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "legal-basis-mismatch");
        Assert.Equal(0, (await subject.Client.GetFromJsonAsync<Paged<DisclosureDto>>(Mine))!.Total);
    }

    private static Task<Application.Features.Recipients.RecipientDto> RegisterAuthorityAsync(SignedIn admin) =>
        admin.Client.RegisterRecipientAsync(AuthorityKey, "authorities", name: AuthorityName);

    private static object Body(IReadOnlyList<Guid> subjects, IReadOnlyList<string> categories, Guid reviewer, string? documentReference = "Court order 2026-17", string authorityKey = AuthorityKey) =>
        new
        {
            authorityKey,
            legalBasis = "Criminal Procedure Law of the PRC, Art. 54",
            documentReference,
            receivedAt = "2026-01-20T09:30:00Z",
            subjectIds = subjects,
            categories,
            reviewerId = reviewer,
        };

    private static object Approval(bool notify) => notify
        ? new { decision = "approve", notifySubjects = true }
        : new { decision = "approve", notifySubjects = false, withholdingReason = "Confidentiality order of the court, case 2026-17." };

    private static async Task<LegalRequestDto> RecordAsync(
        SignedIn admin, IReadOnlyList<Guid> subjects, IReadOnlyList<string> categories, string? documentReference = "Court order 2026-17")
    {
        var response = await admin.Client.PostAsJsonAsync(Path, Body(subjects, categories, admin.User.Id, documentReference));
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<LegalRequestDto>())!;
    }

    private static async Task AttachAsync(SignedIn admin, Guid id, byte[] document) =>
        await Expect.StatusAsync(await PutDocumentAsync(admin, id, document, "application/pdf"), HttpStatusCode.OK);

    private static Task<HttpResponseMessage> PutDocumentAsync(SignedIn staff, Guid id, byte[] document, string contentType, string query = "")
    {
        var content = new ByteArrayContent(document);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return staff.Client.PutAsync($"{Path}/{id}/document{query}", content);
    }

    private static Task<HttpResponseMessage> DecideAsync(SignedIn staff, Guid id, object decision) =>
        staff.Client.PostAsJsonAsync($"{Path}/{id}/decision", decision);

    private static async Task<LegalRequestDto> GetAsync(SignedIn staff, Guid id) =>
        (await staff.Client.GetFromJsonAsync<LegalRequestDto>($"{Path}/{id}"))!;

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
