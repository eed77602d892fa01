using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.LegalHolds.ListLegalHolds;

public sealed class ListLegalHoldsQueryValidator : AbstractValidator<ListLegalHoldsQuery>
{
    public ListLegalHoldsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
