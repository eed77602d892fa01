using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;
using System.Net.Http.Json;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Privacy;
using Pixyer.Application.Features.Inquiries;
using Pixyer.Application.Features.LegalRequests;
using Pixyer.Application.Features.LegalRequests.RecordLegalRequest;
using Pixyer.Domain.Surveys;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Auditing.Merkle;
using Pixyer.Domain.BusinessTransfers;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Jobs;
using Pixyer.Domain.Common;
using Pixyer.Domain.Inquiries;
using Pixyer.Domain.Rights;

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
    public async Task OpenApiDocument_ShouldBoundASentListByItsDomainLimit(string schema, string property, int maxItems) =>
        Assert.Equal(maxItems, Property(await DocumentAsync(), schema, property).GetProperty("maxItems").GetInt32());

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
