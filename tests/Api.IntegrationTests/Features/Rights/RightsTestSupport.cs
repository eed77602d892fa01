using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Rights;

/// <summary>The steps the guardian-request and deadline tests share: staff with a role, a guardian's request.</summary>
public abstract partial class RightsTest(PixyerApiFactory app) : ApiTest(app)
{
    protected const string GuardianRequests = "/api/v1/guardian-requests";
    protected const string AdminGuardianRequests = "/api/v1/admin/guardian-requests";
    protected const string RightsRequests = "/api/v1/admin/rights-requests";

    /// <summary>A signed-in account that an admin gave <paramref name="role"/>.</summary>
    protected async Task<SignedIn> SignUpStaffAsync(string role = "Support")
    {
        var admin = await SignUpAdminAsync();
        var staff = await SignUpAsync();
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{staff.User.Id}/roles", new { roles = new[] { role } }), HttpStatusCode.OK);
        return staff;
    }

    /// <summary>A new session, for after the clock moved past the old one's lifetime.</summary>
    protected async Task<HttpClient> SignInAgainAsync(SignedIn who) => BearerClient((await LogInAsync(who.User)).Token);

    protected static object GuardianBody(string guardianEmail, string minorAccount, string relationship = "parent") =>
        new { guardianName = "Alex Guardian", guardianEmail, minorAccount, relationship, statement = "My child is 15 and signed up without asking me." };

    protected async Task<Guid> SubmitGuardianRequestAsync(string guardianEmail, string minorAccount)
    {
        var response = await Client.PostAsJsonAsync(GuardianRequests, GuardianBody(guardianEmail, minorAccount));
        await Expect.StatusAsync(response, HttpStatusCode.Accepted);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    protected static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        await Expect.StatusAsync(response, status);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static JsonElement[] Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    protected static string TokenIn(MimeMessage mail) =>
        TokenLine().Match(mail.TextBody ?? "") is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("The mail carries no certificate token.");

    [GeneratedRegex(@"Token:\s+(\S+)")]
    private static partial Regex TokenLine();
}
