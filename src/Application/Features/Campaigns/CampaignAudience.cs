using System.Text.Json;
using Pixyer.Application.Common.Accounts;
using Pixyer.Domain.Campaigns;

namespace Pixyer.Application.Features.Campaigns;

internal static class CampaignAudience
{
    /// <summary>The selector the campaign stored, as staff wrote it.</summary>
    public static AccountSelector AudienceSelector(this Campaign campaign) =>
        JsonSerializer.Deserialize<AccountSelector>(campaign.Audience, JsonSerializerOptions.Web)!;
}
