using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Domain.Advertising;

namespace Pixyer.Application.Features.Advertising;

/// <summary>
/// A person's personalized-advertising profile as they read it. Without the advertising consent it is the empty state
/// (<c>consented: false</c>, no segments); with it, the segments' snake_case names and when they were computed, which is
/// <c>null</c> until the first computation after the grant.
/// </summary>
public sealed record AdProfileView(
    bool Consented, [property: WireNameOf<AdSegment>, MaxLength(EnumListBounds.AdSegments)] IReadOnlyList<string> Segments, DateTimeOffset? ComputedAt)

{
    public static readonly AdProfileView NotConsented = new(false, [], null);

    public static AdProfileView Of(AdProfile? profile) => new(true, WireNamesOf(profile?.Segments ?? []), profile?.ComputedAt);

    public static IReadOnlyList<string> WireNamesOf(IEnumerable<AdSegment> segments) => segments.Select(WireNames.Of).ToList();
}
