using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.PaymentMethods.SetDefaultPaymentMethod;

/// <summary>Makes one of the caller's cards the one renewals charge.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Payment)]
public sealed record SetDefaultPaymentMethodCommand(Guid Id) : ICommand<PaymentMethodDto>;
