using Mediator;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Campaigns;

namespace Pixyer.Application.Features.Campaigns.CreateCampaign;

public sealed class CreateCampaignCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CreateCampaignCommand, CampaignDto>
{
    public ValueTask<CampaignDto> Handle(CreateCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = Campaign.Create(
            command.Subject, command.Body, command.Audience.Describe(), command.TrackOpens, actor.RequiredAccountId, clock.GetUtcNow());
        db.Campaigns.Add(campaign);
        return ValueTask.FromResult(CampaignDto.Of(campaign, CampaignProgress.None));
    }
}
