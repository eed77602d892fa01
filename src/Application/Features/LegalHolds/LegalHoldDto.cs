using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Pixyer.Domain.LegalHolds;

namespace Pixyer.Application.Features.LegalHolds;

public sealed record LegalHoldDto(
    Guid Id,
    Guid SubjectId,
    [property: MaxLength(LegalHold.ReasonMaxLength)] string Reason,
    Guid PlacedBy,
    DateTimeOffset PlacedAt,
    Guid? LiftedBy,
    DateTimeOffset? LiftedAt,
    [property: MaxLength(LegalHold.ReasonMaxLength)] string? LiftReason,

    bool Active)
{
    public static readonly Expression<Func<LegalHold, LegalHoldDto>> Projection = h => new LegalHoldDto(
        h.Id.Value,
        h.SubjectId.Value,
        h.Reason,
        h.PlacedBy.Value,
        h.PlacedAt,
        h.LiftedBy == null ? null : h.LiftedBy.Value.Value,
        h.LiftedAt,
        h.LiftReason,
        h.LiftedAt == null);

    private static readonly Func<LegalHold, LegalHoldDto> Map = Projection.Compile();

    public static LegalHoldDto Of(LegalHold hold) => Map(hold);
}
