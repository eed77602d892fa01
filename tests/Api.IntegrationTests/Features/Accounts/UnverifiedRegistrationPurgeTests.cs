using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Accounts.PurgeUnverifiedRegistrations;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Accounts;

/// <summary>Registrations whose address was never verified are erased after seven days, and recorded for replay (R3).</summary>
public sealed class UnverifiedRegistrationPurgeTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "R3")]
    [Trait("Obligation", "C1")]
    public async Task PurgeJob_WhenARegistrationStayedUnverifiedForSevenDays_ShouldEraseItAndKeepTheOthers()
    {
        var unverified = await RegisterAsync();
        var verified = await SignUpAsync();
        App.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var young = await RegisterAsync();

        var purged = await PurgeAsync();

        Assert.Equal(1, purged);
        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, unverified.Id));
        Assert.Empty(await DatabaseScan.FindAsync(App, unverified.Email));
        var subject = new AccountId(unverified.Id);
        Assert.Equal(
            ErasureReason.UnverifiedSignup,
            await WithDatabaseAsync(db => db.ErasureLedger.Where(e => e.SubjectId == subject).Select(e => e.Reason).SingleAsync()));
        await LogInAsync(verified.User);
        Assert.NotEmpty(await PersonalDataRegistry.FindRemainingAsync(App.Services, young.Id));
        Assert.Equal(0, await PurgeAsync());
        var again = await Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(unverified.Username, unverified.Email));
        await Expect.StatusAsync(again, HttpStatusCode.Accepted); // the address and the name are free again
    }

    [Fact]
    [Trait("Obligation", "G6")]
    public async Task PurgeJob_WhenTheUnverifiedSubjectIsOnLegalHold_ShouldLeaveIt()
    {
        var admin = await SignUpAdminAsync();
        var held = await RegisterAsync();
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{held.Id}/legal-hold", new { reason = "Fraud investigation" }),
            HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromDays(8));

        var purged = await PurgeAsync();

        Assert.Equal(0, purged);
        Assert.NotEmpty(await PersonalDataRegistry.FindRemainingAsync(App.Services, held.Id));
    }

    private Task<int> PurgeAsync() =>
        App.Services.GetRequiredService<SystemCommands>().SendAsync(new PurgeUnverifiedRegistrationsCommand(), CancellationToken.None);
}
