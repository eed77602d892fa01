using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Http;

/// <summary>The entities' typed ids stay plain UUID strings in the OpenAPI document, as they are on the wire.</summary>
public sealed class OpenApiIdTests(PixyerApiFactory app) : ApiTest(app)
{
    [Theory]
    [InlineData("UploadSummary", "id")]
    [InlineData("AssetDto", "id")]
    [InlineData("AssetDto", "uploadId")]
    [InlineData("AssetDto", "generationId")]
    [InlineData("GenerationAccepted", "id")]
    [InlineData("DisclosureDto", "id")]
    [InlineData("RecipientDto", "id")]
    [InlineData("BackupDto", "id")]
    public async Task OpenApiDocument_WhenASchemaCarriesATypedId_ShouldDescribeItAsAUuidString(string schema, string property)
    {
        var document = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;

        var id = document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(property);

        Assert.Equal(("string", "uuid"), (TypeOf(id), id.GetProperty("format").GetString()));
    }

    // A nullable id is written as type ["string", "null"] in OpenAPI 3.1.
    private static string? TypeOf(JsonElement schema)
    {
        var type = schema.GetProperty("type");
        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).Single(t => t != "null")
            : type.GetString();
    }
}
