using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common;
using Pixyer.Application.Features.Inquiries;
using Pixyer.Application.Features.LegalRequests;
using Pixyer.Application.Features.LegalRequests.RecordLegalRequest;
using Pixyer.Domain.Surveys;
using Pixyer.Domain.Accounts;
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
    public async Task OpenApiDocument_ShouldBoundASentStringByItsDomainLimit(string schema, string property, int maxLength) =>
        Assert.Equal(maxLength, Property(await DocumentAsync(), schema, property).GetProperty("maxLength").GetInt32());

    [Theory]
    [Trait("Obligation", "P1")]
    [InlineData("MyProfile", "roles", EnumListBounds.Roles)]
    [InlineData("IncidentDetails", "dataCategories", EnumListBounds.DataCategories)]
    [InlineData("LegalRequestDto", "subjectIds", RecordLegalRequestCommandValidator.MaxSubjects)]
    [InlineData("SurveyDto", "questions", Survey.MaxQuestions)]
    public async Task OpenApiDocument_ShouldBoundASentListByItsDomainLimit(string schema, string property, int maxItems) =>
        Assert.Equal(maxItems, Property(await DocumentAsync(), schema, property).GetProperty("maxItems").GetInt32());

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task OpenApiDocument_ShouldListTheValuesAServerBuiltNameTakes()
    {
        var document = await DocumentAsync();

        Assert.Equal(WireNames.All<InquiryMessageSender>(), EnumOf(Property(document, "InquiryMessageDto", "from")));
        Assert.Equal(WireNames.All<LegalRequestStep>(), EnumOf(Property(document, "LegalRequestEventDto", "event")));
    }

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;

    private static JsonElement Property(JsonElement document, string schema, string property) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(property);

    private static List<string> EnumOf(JsonElement schema) =>
        schema.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToList();
}
