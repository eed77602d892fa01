using FluentValidation;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Subscriptions.Subscribe;

public sealed class SubscribeCommandValidator : AbstractValidator<SubscribeCommand>
{
    public SubscribeCommandValidator()
    {
        RuleFor(c => c.PlanCode).NotEmpty().MaximumLength(Plan.MaxCodeLength);
        RuleFor(c => c.PaymentMethodId).NotEmpty().WithMessage("paymentMethodId names one of your cards (GET /me/payment-methods).");
    }
}
