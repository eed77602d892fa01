using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Accounts;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Jobs;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Common;
using Pixyer.Application.Features.Accounts.Register;
using Pixyer.Application.Features.Incidents;
using Pixyer.Application.Features.Inquiries;
using Pixyer.Application.Features.LegalRequests.RecordLegalRequest;
using Pixyer.Application.Features.LegalRequests;
using Pixyer.Application.Features.Policies.ListNotices;
using Pixyer.Application.Features.Privacy;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Auditing.Merkle;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Billing;
using Pixyer.Domain.BusinessTransfers;
using Pixyer.Domain.Common;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Incidents;
using Pixyer.Domain.Inquiries;
using Pixyer.Domain.Jobs;
using Pixyer.Domain.Notices;
using Pixyer.Domain.Rights;
using Pixyer.Domain.Sessions;
using Pixyer.Domain.Surveys;

namespace Pixyer.Api.IntegrationTests.OpenApi;

/// <summary>
/// The bounds the document declares on what the API sends are the ones the domain keeps: the same constants the
/// validators, the database columns and the generators use, so a client may size its storage by them.
/// </summary>
public sealed class OpenApiResponseBoundsTests(PixyerApiFactory app) : ApiTest(app)
{
    [Theory]
    [Trait("Obligation", "P1")]
    [InlineData("InquiryDto", "subject", Inquiry.SubjectMaxLength)]
    [InlineData("InquiryMessageDto", "text", InquiryMessage.TextMaxLength)]
    [InlineData("GuardianRequestDto", "statement", GuardianRequest.StatementMaxLength)]
    [InlineData("MyProfile", "username", Account.UsernameMaxLength)]
    [InlineData("UploadSummary", "sha256", Sha256Hex.Length)]
    [InlineData("UploadSummary", "contentUrl", ResourceLinks.UploadContentLength)]
    [InlineData("AuditCheckpointDto", "text", CheckpointStatement.TextMaxLength)]
    [InlineData("AuditCheckpointDto", "signature", AuditSignature.SignatureBase64MaxLength)]
    [InlineData("AuditEntryDto", "requestName", AuditEntry.RequestNameMaxLength)]
    [InlineData("AuditKey", "publicKeyPem", AuditSignature.PublicKeyPemLength)]
    [InlineData("NewHolderDto", "bindingUndertaking", BusinessTransfer.UndertakingMaxLength)]
    [InlineData("ControllerFacts", "address", PrivacyControllerOptions.AddressMaxLength)]
    [InlineData("LoggedIn", "token", ISecretTokens.TokenLength)]
    [InlineData("CurrentSession", "csrfToken", ISecretTokens.TokenLength)]
    [InlineData("JobRunDto", "node", JobRun.NodeMaxLength)]
    [InlineData("TransactionDto", "declineCode", PaymentTransaction.DeclineCodeMaxLength)]
    [InlineData("PaymentMethodDto", "brand", PaymentMethod.BrandMaxLength)]
    [InlineData("PaymentMethodDto", "last4", PaymentMethod.Last4Length)]
    [InlineData("SubscriptionEventDto", "reason", SubscriptionEvent.ReasonMaxLength)]
    [InlineData("PaymentEventReceipt", "eventId", PaymentEvent.MaxIdLength)]
    [InlineData("DisclosureDto", "reference", Disclosure.ReferenceMaxLength)]
    [InlineData("IncidentDetails", "affectedSelector", AccountSelector.DescriptionMaxLength)]
    [InlineData("PolicyDocument", "text", Pixyer.Domain.Policies.PolicyVersion.TextMaxLength)]
    [InlineData("MyNotice", "body", IncidentTexts.BodyMaxLength)]
    [InlineData("ViolationNotice", "body", PublicNotice.BodyMaxLength)]
    [InlineData("SessionSummary", "device", Session.DeviceMaxLength)]
    [InlineData("SurveyAnswerDto", "text", SurveyQuestion.FreeTextMaxLength)]
    [InlineData("GenerationState", "headline", GenerationJob.MaxHeadlineLength)]
    [InlineData("AdAudience", "recipientKey", Recipient.KeyMaxLength)]
    public async Task OpenApiDocument_ShouldBoundASentStringByItsDomainLimit(string schema, string property, int maxLength) =>
        Assert.Equal(maxLength, Property(await DocumentAsync(), schema, property).GetProperty("maxLength").GetInt32());

    [Theory]
    [Trait("Obligation", "P1")]
    [InlineData("MyProfile", "roles", EnumListBounds.Roles)]
    [InlineData("IncidentDetails", "dataCategories", EnumListBounds.DataCategories)]
    [InlineData("LegalRequestDto", "subjectIds", RecordLegalRequestCommandValidator.MaxSubjects)]
    [InlineData("SurveyDto", "questions", Survey.MaxQuestions)]
    [InlineData("AuditInclusionProof", "auditPath", MerkleProofs.MaxHashes)]
    [InlineData("AuditLogReport", "findings", AuditLogFindings.MaxListed)]
    [InlineData("BusinessTransferDto", "changedPurposes", EnumListBounds.ConsentPurposes)]
    [InlineData("ProcessingActivity", "recipientCategories", EnumListBounds.RecipientCategories)]
    [InlineData("RecipientCategoryList", "items", EnumListBounds.RecipientCategories)]
    [InlineData("InquiryDto", "messages", Inquiry.MaxMessages)]
    [InlineData("IncidentDetails", "regulatorReports", Incident.MaxReports)]
    [InlineData("IncidentDetails", "timeline", Incident.MaxTimelineEvents)]
    [InlineData("LegalRequestDto", "timeline", LegalRequestDto.TimelineMaxSteps)]
    [InlineData("LegalRequestDto", "categories", PersonalDataCategories.MaxCount)]
    [InlineData("DeletionCertificateDto", "categoriesErased", DeletionCertificate.MaxEntries)]
    [InlineData("DeletionCertificateDto", "findings", DeletionCertificate.MaxEntries)]
    [InlineData("SurveyResponseDto", "answers", Survey.MaxQuestions)]
    [InlineData("SurveyAnswerDto", "choices", SurveyQuestion.MaxChoices)]
    [InlineData("GenerationState", "formats", EnumListBounds.GenerationFormats)]
    [InlineData("GenerationState", "assetIds", EnumListBounds.GenerationFormats)]
    [InlineData("AdAudience", "members", PageRequest.MaxPageSize)]
    public async Task OpenApiDocument_ShouldBoundASentListByItsDomainLimit(string schema, string property, int maxItems) =>
        Assert.Equal(maxItems, Property(await DocumentAsync(), schema, property).GetProperty("maxItems").GetInt32());

    [Theory]
    [Trait("Obligation", "P1")]
    [InlineData("LegalRequestDto", "categories", PersonalDataCategories.NameMaxLength)]
    [InlineData("DeletionCertificateDto", "retained", DeletionCertificate.EntryMaxLength)]
    [InlineData("DeletionCertificateDto", "scanned", DeletionCertificate.EntryMaxLength)]
    [InlineData("SurveyQuestionDto", "choices", SurveyQuestion.ChoiceMaxLength)]
    [InlineData("SurveyAnswerDto", "choices", SurveyQuestion.ChoiceMaxLength)]
    [InlineData("AdAudience", "members", Sha256Hex.Length)]
    public async Task OpenApiDocument_ShouldBoundTheStringsOfASentList(string schema, string property, int maxLength) =>
        Assert.Equal(maxLength, Property(await DocumentAsync(), schema, property).GetProperty("items").GetProperty("maxLength").GetInt32());

    [Theory]
    [Trait("Obligation", "P1")]
    [InlineData("/api/v1/me/consents")]
    [InlineData("/api/v1/admin/jobs")]
    public async Task OpenApiDocument_ShouldBoundAFixedListByItsCatalog(string path)
    {
        var expected = path == "/api/v1/admin/jobs"
            ? App.Services.GetRequiredService<RegisteredJobs>().Keys.Count
            : ConsentPurposes.PurposeWide.Count;

        var schema = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");

        Assert.Equal(expected, schema.GetProperty("maxItems").GetInt32());
    }

    [Theory]
    [Trait("Obligation", "P1")]
    [InlineData("/api/v1/surveys")]
    [InlineData("/api/v1/me/survey-responses")]
    [InlineData("/api/v1/admin/surveys")]
    [InlineData("/api/v1/admin/subjects/{id}/legal-holds")]
    public async Task OpenApiDocument_ShouldPageAGrowingList(string path)
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty("get");

        Assert.StartsWith("#/components/schemas/PagedOf", operation.GetProperty("responses").GetProperty("200").GetProperty("content")
            .GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Contains(operation.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "pageSize");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task OpenApiDocument_ShouldListTheValuesAServerBuiltNameTakes()
    {
        var document = await DocumentAsync();

        Assert.Equal(WireNames.All<InquiryMessageSender>(), EnumOf(Property(document, "InquiryMessageDto", "from")));
        Assert.Equal(WireNames.All<LegalRequestStep>(), EnumOf(Property(document, "LegalRequestEventDto", "event")));
        Assert.Equal(AuditLogFinding.Kinds, EnumOf(Property(document, "AuditLogFindingDto", "kind")));
        // A nullable property lists null among its values too.
        Assert.Equal(GenerationFailures.All, EnumOf(Property(document, "GenerationState", "failureReason")).OfType<string>().ToList());
        Assert.Equal(WireNames.All<BusinessTransferKind>(), EnumOf(Property(document, "BusinessTransferDto", "kind")));
        Assert.Equal([RegistrationReceipt.MailSent], EnumOf(Property(document, "RegistrationReceipt", "status")));
        Assert.Equal([NoticeKindAttribute.PolicyChange, .. WireNames.All<PublicNoticeKind>()], EnumOf(Property(document, "Notice", "kind")));
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task ProofHashes_ShouldBeDeclaredAsLongAsTheBase64OfAHash()
    {
        var auditPath = Property(await DocumentAsync(), "AuditInclusionProof", "auditPath");

        Assert.Equal(CheckpointStatement.HashBase64Length, auditPath.GetProperty("items").GetProperty("maxLength").GetInt32());
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task SessionTokens_ShouldBeAsLongAsTheDocumentDeclares()
    {
        var user = await SignUpAsync();

        var current = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/sessions/current");

        Assert.Equal(
            (ISecretTokens.TokenLength, ISecretTokens.TokenLength, ISecretTokens.TokenLength),
            (user.Session.Token.Length, user.Session.CsrfToken.Length, current.GetProperty("csrfToken").GetString()!.Length));
    }

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;

    private static JsonElement Property(JsonElement document, string schema, string property) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(property);

    private static List<string> EnumOf(JsonElement schema) =>
        schema.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToList();
}
