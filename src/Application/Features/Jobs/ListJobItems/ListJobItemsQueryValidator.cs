using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Jobs.ListJobItems;

public sealed class ListJobItemsQueryValidator : AbstractValidator<ListJobItemsQuery>
{
    public ListJobItemsQueryValidator()
    {
        RuleFor(q => q.Key).NotEmpty().MaximumLength(64).Matches("^[a-z][a-z0-9-]*$");
        RuleFor(q => q.Page).ValidPage();
    }
}
