using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Showcases.ListShowcases;

public sealed class ListShowcasesQueryValidator : AbstractValidator<ListShowcasesQuery>
{
    public ListShowcasesQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
