using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Maintenance.PurgeExpiredRecords;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Maintenance;

public sealed class PurgeExpiredRecordsTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "P1")]
    public async Task Purge_ShouldDeleteSecurityRecordsOnlyOnceTheyHaveServedTheirPurpose()
    {
        var old = await SignUpAsync();
        await Client.PostAsJsonAsync("/api/v1/sessions", new { email = old.User.Email, password = "Wrong-Password-1" });
        await old.Client.DeleteAsync("/api/v1/sessions/current");
        var name = Unique("keyed");
        var keyed = new HttpRequestMessage(HttpMethod.Post, "/api/v1/accounts") { Content = JsonContent.Create(RegistrationBody(name, $"{name}@example.com")) };
        keyed.Headers.Add("Idempotency-Key", "purge-me");
        await Client.SendAsync(keyed); // an unverified token and an idempotency record
        App.Clock.Advance(TimeSpan.FromDays(31));
        var fresh = await SignUpAsync();
        await Client.PostAsJsonAsync("/api/v1/sessions", new { email = fresh.User.Email, password = "Wrong-Password-1" });

        var purged = await App.Services.GetRequiredService<SystemCommands>().SendAsync(new PurgeExpiredRecordsCommand(), CancellationToken.None);

        Assert.Equal(1, purged.LoginFailures);
        Assert.Equal(1, purged.IdempotencyRecords);
        Assert.Equal(1, purged.Sessions);
        Assert.Equal(2, purged.VerificationTokens);
        var sessions = await WithDatabaseAsync(db => db.Sessions.Select(s => s.AccountId).ToListAsync());
        Assert.Equal([fresh.User.Id], sessions.Select(s => s.Value));
        Assert.Equal(1, await WithDatabaseAsync(db => db.LoginFailures.CountAsync()));
    }
}
