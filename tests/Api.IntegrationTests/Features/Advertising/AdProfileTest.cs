using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Features.Billing;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Advertising;
using Pixyer.Application.Features.Advertising.ExportAdAudience;
using Pixyer.Application.Features.Advertising.RecomputeAdProfiles;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Advertising;

/// <summary>The steps the advertising tests share: choose, let the job compute, read the profile, export an audience.</summary>
public abstract class AdProfileTest(PixyerApiFactory app) : BillingTest(app)
{
    protected const string MyProfile = "/api/v1/me/ad-profile";
    protected const string Audiences = "/api/v1/admin/ad-audiences";
    protected const string AdPlatform = "ad-platform";

    protected static async Task SetAdvertisingAsync(SignedIn person, bool granted) =>
        await Expect.StatusAsync(await person.Client.PutAsJsonAsync("/api/v1/me/consents/advertising_cookies", new { granted }), HttpStatusCode.OK);

    /// <summary>Runs the <c>recompute-ad-profiles</c> job's step; answers how many profiles it computed.</summary>
    protected Task<int> RecomputeAsync() =>
        App.Services.GetRequiredService<SystemCommands>().SendAsync(new RecomputeAdProfilesCommand(), CancellationToken.None);

    protected static async Task<AdProfileView> ProfileOfAsync(SignedIn person)
    {
        var response = await person.Client.GetAsync(MyProfile);
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<AdProfileView>())!;
    }

    /// <summary>An admin with an advertising platform registered as a recipient (S1).</summary>
    protected async Task<SignedIn> StaffWithAdPlatformAsync()
    {
        var admin = await SignUpAdminAsync();
        await admin.Client.RegisterRecipientAsync(AdPlatform, "marketing_and_email_platforms", name: "Ad Platform Co.");
        return admin;
    }

    protected static async Task<AdAudience> ExportAudienceAsync(SignedIn staff, string segment)
    {
        var response = await staff.Client.PostAsJsonAsync(Audiences, new { segment, recipientKey = AdPlatform });
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<AdAudience>())!;
    }

    /// <summary>An audience member as the platform receives it: the hex SHA-256 of the normalized e-mail address.</summary>
    protected static string MemberOf(SignedIn person) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(person.User.Email.Trim().ToLowerInvariant())));

    /// <summary>The ad-profile rows of <paramref name="person"/>, read from the table itself.</summary>
    protected Task<int> ProfileRowsAsync(SignedIn person) =>
        WithDatabaseAsync(db => db.AdProfiles.CountAsync(p => p.OwnerId == new AccountId(person.User.Id)));

    protected static async Task GenerateAsync(SignedIn person, string template, int times)
    {
        var upload = await person.UploadPhotoAsync(BottleRed);
        for (var i = 0; i < times; i++)
        {
            await RequestAcceptedAsync(person, upload, template);
        }
    }
}
