using System.Net;
using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Deletion;

namespace Pixyer.Api.IntegrationTests.Features.Deletion;

/// <summary>Obligations G6 (a legal hold parks a deletion) and G5 (support deletes registration data on request).</summary>
public sealed class HeldAndAssistedDeletionTests(PixyerApiFactory app) : DeletionTest(app)
{
    [Fact]
    [Trait("Obligation", "G6")]
    public async Task Deletion_OfASubjectOnLegalHold_ShouldWaitOnHoldWithTheDataKept_AndLiftingTheHoldShouldResumeIt()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        await me.UploadPhotoAsync(BottleRed);
        var hold = $"/api/v1/admin/subjects/{me.User.Id}/legal-hold";
        await Expect.StatusAsync(await admin.Client.PutAsJsonAsync(hold, new { reason = "Litigation 2026/31" }), HttpStatusCode.OK);
        var requested = await RequestDeletionAsync(me);
        var token = await MailedTokenAsync(me.User.Email);

        await RunErasureAsync();

        Assert.Equal("on_hold", (await ReadRequestAsync(requested.Id, token)).Status);
        Assert.Contains(await PersonalDataRegistry.FindRemainingAsync(App.Services, me.User.Id), r => r.Category == "uploads");
        await Expect.StatusAsync(
            await Client.PostAsJsonAsync("/api/v1/sessions", new { email = me.User.Email, password = me.User.Password }), HttpStatusCode.Unauthorized);

        await Expect.StatusAsync(await admin.Client.PostAsJsonAsync($"{hold}/lift", new { reason = "Settled" }), HttpStatusCode.OK);
        Assert.Equal("received", (await ReadRequestAsync(requested.Id, token)).Status);
        await RunErasureAsync();

        var done = await ReadRequestAsync(requested.Id, token);
        Assert.Equal("completed", done.Status);
        Assert.True(done.Certificate!.Clean, string.Join(", ", done.Certificate.Findings));
        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, me.User.Id));
    }

    [Fact]
    [Trait("Obligation", "G5")]
    public async Task AssistedErasure_BySupport_ShouldDeleteTheRegistrationData_AndMailTheHolderTheToken()
    {
        var admin = await SignUpAdminAsync();
        var support = await SignUpAsync();
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{support.User.Id}/roles", new { roles = new[] { "Support" } }), HttpStatusCode.OK);
        var person = await SignUpAsync();

        var response = await support.Client.PostAsync($"/api/v1/admin/subjects/{person.User.Id}/erasure", null);

        await Expect.StatusAsync(response, HttpStatusCode.Accepted);
        var requested = (await response.Content.ReadFromJsonAsync<DeletionRequestDto>())!;
        Assert.Equal(("received", "staff"), (requested.Status, requested.Origin));
        Assert.Equal(DeletionLinks.Request(requested.Id), response.Headers.Location!.OriginalString);
        await Expect.ProblemAsync(await support.Client.PostAsync($"/api/v1/admin/subjects/{person.User.Id}/erasure", null), HttpStatusCode.Conflict, "conflict");
        var token = await MailedTokenAsync(person.User.Email);
        await RunErasureAsync();
        Assert.Equal("completed", (await ReadRequestAsync(requested.Id, token)).Status);
        Assert.Empty(await DatabaseScan.FindAsync(App, person.User.Email));
        await Expect.ProblemAsync(
            await support.Client.PostAsync($"/api/v1/admin/subjects/{person.User.Id}/erasure", null), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    [Trait("Obligation", "G5")]
    public async Task AssistedErasure_ByACustomer_ShouldAnswer403_AndForAnUnknownSubject404()
    {
        var admin = await SignUpAdminAsync();
        var customer = await SignUpAsync();
        var person = await SignUpAsync();

        await Expect.ProblemAsync(
            await customer.Client.PostAsync($"/api/v1/admin/subjects/{person.User.Id}/erasure", null), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(
            await admin.Client.PostAsync($"/api/v1/admin/subjects/{Guid.NewGuid()}/erasure", null), HttpStatusCode.NotFound, "not-found");
        await Expect.StatusAsync(await person.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
    }
}
