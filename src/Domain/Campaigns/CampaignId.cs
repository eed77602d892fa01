using Pixyer.Domain.Common;

namespace Pixyer.Domain.Campaigns;

public readonly record struct CampaignId(Guid Value) : IEntityId
{
    public static CampaignId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
