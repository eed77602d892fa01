using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.PaymentMethods.ListMyPaymentMethods;

/// <summary>Obligation C4: the caller's cards (brand, last four, expiry), the default first, then newest first.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Payment)]
public sealed record ListMyPaymentMethodsQuery(PageRequest Page) : IQuery<Paged<PaymentMethodDto>>;
