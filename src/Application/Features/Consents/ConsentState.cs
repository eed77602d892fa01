using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Consent;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Consents;

/// <summary>A purpose, whether it is granted now, and the choice that made it so (null: never decided).</summary>
public sealed record ConsentState(
    [property: WireNameOf<ConsentPurpose>] string Purpose,
    [property: MaxLength(ConsentPurposes.DescriptionMaxLength)] string Description,
    bool Granted,
    DateTimeOffset? ChangedAt,
    [property: WireNameOf<ConsentChannel>] string? Channel)
{
    public static IReadOnlyList<ConsentState> Of(IReadOnlyDictionary<ConsentPurpose, ConsentEvent> current) =>
        ConsentPurposes.PurposeWide
            .Select(p => current.TryGetValue(p.Purpose, out var e)
                ? new ConsentState(p.Name, p.Description, e.Granted, e.OccurredAt, ChannelName(e.Channel))
                : new ConsentState(p.Name, p.Description, false, null, null))
            .ToList();

    public static string ChannelName(ConsentChannel channel) => WireNames.Of(channel);
}
