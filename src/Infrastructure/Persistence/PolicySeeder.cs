using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Domain.Policies;

namespace Pixyer.Infrastructure.Persistence;

/// <summary>
/// Puts the privacy policy in force when Pixyer first started (2024-08-14, the text in ../shared/) into an
/// empty store, so that registration always has a version to accept.
/// </summary>
public static class PolicySeeder
{
    public const string InitialVersion = "2024-08-14";
    private static readonly DateTimeOffset InitialEffectiveAt = new(2024, 8, 14, 0, 0, 0, TimeSpan.Zero);

    public static async Task SeedPolicyAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        if (await db.PolicyVersions.AnyAsync(cancellationToken))
        {
            return;
        }

        db.PolicyVersions.Add(PolicyVersion.Publish(
            InitialVersion, InitialEffectiveAt, significant: true, await ReadInitialTextAsync(cancellationToken), null, InitialEffectiveAt));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<string> ReadInitialTextAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(PolicySeeder).Assembly.GetManifestResourceStream($"Pixyer.Infrastructure.privacy-policy-{InitialVersion}.txt")
            ?? throw new InvalidOperationException("The initial privacy policy text is not embedded.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
