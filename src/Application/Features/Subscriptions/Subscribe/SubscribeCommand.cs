using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features.Invoices;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Subscriptions.Subscribe;

/// <summary>
/// Obligations C4, C8, A1, U1: subscribes the caller to the plan on sale under <paramref name="PlanCode"/>, paying its
/// first period with one of their cards. Only a verified adult may buy (403 <c>age-verification-required</c>); one live
/// subscription per account (409). The <c>Idempotency-Key</c> header is required: a retry, or twenty concurrent
/// copies, charge once and answer the same receipt. A declined card answers 402 <c>payment-declined</c> with the
/// gateway's code, and the declined transaction is kept.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Payment, DataCategory.Transactions)]
public sealed record SubscribeCommand(string PlanCode, Guid PaymentMethodId) : ICommand<SubscriptionReceipt>, IIdempotentCommand;

/// <summary>The new subscription and the invoice of its first period.</summary>
public sealed record SubscriptionReceipt(SubscriptionDto Subscription, InvoiceDto Invoice);
