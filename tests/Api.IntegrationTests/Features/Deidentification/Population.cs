using Microsoft.Extensions.DependencyInjection;
using Pixyer.Domain.AccessLog;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Api.IntegrationTests.Features.Deidentification;

/// <summary>A customer as the accounts table and an attacker with a copy of it know them.</summary>
public sealed record KnownPerson(Guid Id, string Username, string Email, DateOnly DateOfBirth, DateTimeOffset SignedUpAt, string Country, string? Plan);

/// <summary>
/// Verified customers written straight into the database (registering a thousand through HTTP would take minutes):
/// ages 21 to 80 weighted to the young, countries weighted as a real customer base with a long tail, sign-ups spread
/// over two years, a third on a paid plan; each with one access-log entry that gives the country. Seeded, so a
/// failure repeats.
/// </summary>
public static class Population
{
    private static readonly (string Country, int Weight)[] Countries =
    [
        ("CN", 40), ("US", 12), ("DE", 7), ("GB", 6), ("FR", 5), ("JP", 5), ("BR", 4), ("IN", 4), ("AU", 3), ("CA", 3),
        ("NG", 2), ("KR", 2), ("unknown", 3), ("IS", 1), ("NZ", 1), ("PE", 1), ("KE", 1),
    ];

    public static async Task<IReadOnlyList<KnownPerson>> SeedAsync(IServiceProvider services, DateTimeOffset now, int count, int seed = 15)
    {
        var random = new Random(seed);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        var plans = new[] { PlanOf("pro", 1900, now), PlanOf("studio", 4900, now) };
        db.Plans.AddRange(plans);
        var people = new List<KnownPerson>(count);
        for (var i = 0; i < count; i++)
        {
            var age = 21 + (int)(59 * Math.Pow(random.NextDouble(), 1.8));
            var dateOfBirth = DateOnly.FromDateTime(now.UtcDateTime).AddYears(-age).AddDays(-random.Next(365));
            var signedUpAt = now.AddDays(-random.Next(730)).AddMinutes(-random.Next(1440));
            var country = Pick(random, Countries);
            var plan = random.Next(3) == 0 ? plans[random.Next(plans.Length)] : null;
            var username = $"person{i:D4}x{random.Next(100_000):D5}";
            var email = $"{username}@customers.example";

            var account = Account.Register(username, email, "not-a-real-hash", dateOfBirth, "2024-08-14", signedUpAt);
            account.ConfirmEmail(email, signedUpAt);
            db.Accounts.Add(account);
            db.AccessLog.Add(AccessLogEntry.Record(account.Id, signedUpAt, "GET", "/api/v1/me", null, "desktop", "Firefox", "Linux", country, 200));
            if (plan is not null)
            {
                db.Subscriptions.Add(Subscription.Start(account.Id, plan, signedUpAt));
            }

            people.Add(new KnownPerson(account.Id.Value, username, email, dateOfBirth, signedUpAt, country, plan?.Code));
        }

        await db.SaveChangesAsync();
        return people;
    }

    private static Plan PlanOf(string code, long priceMinor, DateTimeOffset now) =>
        Plan.Publish(code, 1, code, priceMinor, "USD", BillingInterval.Month, 100, now);

    private static string Pick(Random random, (string Value, int Weight)[] weighted)
    {
        var roll = random.Next(weighted.Sum(w => w.Weight));
        foreach (var (value, weight) in weighted)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }

        throw new InvalidOperationException("The weights do not add up.");
    }
}
