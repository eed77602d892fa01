using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.BusinessTransfers.ListBusinessTransfers;

public sealed class ListBusinessTransfersQueryValidator : AbstractValidator<ListBusinessTransfersQuery>
{
    public ListBusinessTransfersQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
