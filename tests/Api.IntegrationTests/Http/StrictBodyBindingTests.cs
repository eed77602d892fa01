using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Http;

/// <summary>A body binds strictly: a missing required field or an unknown one is refused by name, and nothing is recorded.</summary>
public sealed class StrictBodyBindingTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "G4")]
    public async Task SetMyConsent_WithoutGranted_ShouldAnswer400NamingItAndRecordNoWithdrawal()
    {
        var me = await SignUpAsync();

        var response = await me.Client.PutAsync("/api/v1/me/consents/marketing_email", JsonBody("{\"channel\": \"settings\"}"));
        var history = await me.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/consents/history");

        await ExpectFieldErrorsAsync(response, "granted");
        Assert.Equal(0, history.GetProperty("total").GetInt32());
    }

    [Fact]
    [Trait("Obligation", "K4")]
    public async Task SetCookieConsent_WithoutItsFields_ShouldAnswer400NamingThemAndStayUndecided()
    {
        using var browser = App.CreateApiClient(handleCookies: true);

        var response = await browser.PutAsync("/api/v1/cookie-consent", JsonBody("{}"));
        var choices = await browser.GetFromJsonAsync<JsonElement>("/api/v1/cookie-consent");

        await ExpectFieldErrorsAsync(response, "analytics", "advertising");
        Assert.False(choices.GetProperty("decided").GetBoolean());
    }

    [Fact]
    [Trait("Obligation", "G4")]
    public async Task SetMyConsent_WithAnUnknownField_ShouldAnswer400NamingIt()
    {
        var me = await SignUpAsync();

        var response = await me.Client.PutAsync("/api/v1/me/consents/marketing_email", JsonBody("{\"granted\": true, \"forever\": true}"));
        var history = await me.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/consents/history");

        await ExpectFieldErrorsAsync(response, "forever");
        Assert.Equal(0, history.GetProperty("total").GetInt32());
    }

    [Fact]
    [Trait("Obligation", "K4")]
    public async Task OpenApiDocument_ShouldListRequiredFieldsAndRefuseOthers()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var (schema, required) in new[] { ("ConsentChoice", new[] { "granted" }), ("SetCookieConsentCommand", ["analytics", "advertising"]) })
        {
            var body = schemas.GetProperty(schema);
            Assert.Equal(required.Order(), body.GetProperty("required").EnumerateArray().Select(r => r.GetString()).Order());
            Assert.False(body.GetProperty("additionalProperties").GetBoolean());
        }
    }

    private static async Task ExpectFieldErrorsAsync(HttpResponseMessage response, params string[] fields)
    {
        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        var named = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order();
        Assert.Equal(fields.Order(), named);
    }
}
