using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.PaymentMethods.ListMyPaymentMethods;

public sealed class ListMyPaymentMethodsQueryValidator : AbstractValidator<ListMyPaymentMethodsQuery>
{
    public ListMyPaymentMethodsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
