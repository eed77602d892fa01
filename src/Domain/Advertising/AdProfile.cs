using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Advertising;

/// <summary>
/// A person's personalized-advertising segments (U3). It exists only while the person's advertising consent stands:
/// computed for consenting accounts only, and deleted in the request that withdraws the consent (G4).
/// </summary>
public sealed class AdProfile
{
    private AdProfile()
    {
    }

    public AdProfileId Id { get; private set; }

    public AccountId OwnerId { get; private set; }

    /// <summary>Distinct, in the order of <see cref="AdSegment"/>.</summary>
    [PersonalData]
    public IReadOnlyList<AdSegment> Segments { get; private set; } = [];

    public DateTimeOffset ComputedAt { get; private set; }

    public static AdProfile Compute(AccountId owner, IEnumerable<AdSegment> segments, DateTimeOffset now) =>
        new() { Id = AdProfileId.New(), OwnerId = owner, Segments = Normalized(segments), ComputedAt = now };

    public void Recompute(IEnumerable<AdSegment> segments, DateTimeOffset now)
    {
        Segments = Normalized(segments);
        ComputedAt = now;
    }

    private static List<AdSegment> Normalized(IEnumerable<AdSegment> segments) => segments.Distinct().Order().ToList();
}
