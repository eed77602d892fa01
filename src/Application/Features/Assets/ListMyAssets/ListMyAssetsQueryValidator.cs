using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Assets.ListMyAssets;

public sealed class ListMyAssetsQueryValidator : AbstractValidator<ListMyAssetsQuery>
{
    public ListMyAssetsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
