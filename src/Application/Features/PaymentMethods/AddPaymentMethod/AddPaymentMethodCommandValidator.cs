using FluentValidation;

namespace Pixyer.Application.Features.PaymentMethods.AddPaymentMethod;

public sealed class AddPaymentMethodCommandValidator : AbstractValidator<AddPaymentMethodCommand>
{
    public const int MaxTokenLength = 255;

    public AddPaymentMethodCommandValidator() =>
        RuleFor(c => c.Token)
            .Matches("^(tok|pm)_[A-Za-z0-9_]+$")
            .WithMessage("token is the payment gateway's card token (tok_… or pm_…), never a card number.")
            .MaximumLength(MaxTokenLength);
}
