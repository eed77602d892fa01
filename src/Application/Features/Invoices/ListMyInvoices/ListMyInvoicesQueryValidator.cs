using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Invoices.ListMyInvoices;

public sealed class ListMyInvoicesQueryValidator : AbstractValidator<ListMyInvoicesQuery>
{
    public ListMyInvoicesQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
