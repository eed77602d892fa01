using Pixyer.Application.Common.Payments;
using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Plans.PublishPlan;

/// <summary>
/// Publishes a plan (C8). A code already on sale gets a new version and its older versions are retired, so a price
/// change never rewrites what anyone bought: their subscriptions and invoices keep the version they paid for.
/// </summary>
[Access(Roles.Admin)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.None)]
public sealed record PublishPlanCommand(string Code, string Name, long PriceMinor, [property: CurrencyCode] string Currency, [property: WireNameOf<BillingInterval>] string Interval, int IncludedGenerations)
    : ICommand<PlanDto>;
