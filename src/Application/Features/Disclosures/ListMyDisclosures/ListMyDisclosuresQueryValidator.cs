using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Disclosures.ListMyDisclosures;

public sealed class ListMyDisclosuresQueryValidator : AbstractValidator<ListMyDisclosuresQuery>
{
    public ListMyDisclosuresQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
