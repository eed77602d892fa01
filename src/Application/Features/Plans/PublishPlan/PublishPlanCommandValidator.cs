using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Plans.PublishPlan;

public sealed class PublishPlanCommandValidator : AbstractValidator<PublishPlanCommand>
{
    public const long MaxPriceMinor = 100_000_000;
    public const int MaxIncludedGenerations = 1_000_000;

    public PublishPlanCommandValidator()
    {
        RuleFor(c => c.Code)
            .Matches("^[a-z0-9][a-z0-9-]*$").WithMessage("code is lower-case letters, digits and dashes, e.g. pro-monthly.")
            .MaximumLength(Plan.MaxCodeLength);
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("name is required.").MaximumLength(Plan.MaxNameLength);
        RuleFor(c => c.PriceMinor).InclusiveBetween(1, MaxPriceMinor)
            .WithMessage($"priceMinor is the price in the currency's minor unit (cents), 1 to {MaxPriceMinor}.");
        RuleFor(c => c.Currency).Must(Currencies.IsKnown)
            .WithMessage($"currency is an ISO 4217 code in upper case, one of: {string.Join(", ", Currencies.Codes)}.");
        RuleFor(c => c.Interval).Must(i => WireNames.TryParse<BillingInterval>(i, out _))
            .WithMessage($"interval is one of: {string.Join(", ", WireNames.All<BillingInterval>())}.");
        RuleFor(c => c.IncludedGenerations).InclusiveBetween(0, MaxIncludedGenerations);
    }
}
