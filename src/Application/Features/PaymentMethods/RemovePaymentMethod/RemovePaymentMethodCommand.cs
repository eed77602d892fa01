using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.PaymentMethods.RemovePaymentMethod;

/// <summary>
/// Removes one of the caller's cards, here and at the gateway. The last card cannot go while a subscription still
/// renews with it (409: cancel first, or add another card); when the default goes, the newest other card takes over.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Payment)]
public sealed record RemovePaymentMethodCommand(Guid Id) : ICommand;
