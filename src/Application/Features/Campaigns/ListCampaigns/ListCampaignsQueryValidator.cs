using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Campaigns.ListCampaigns;

public sealed class ListCampaignsQueryValidator : AbstractValidator<ListCampaignsQuery>
{
    public ListCampaignsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
