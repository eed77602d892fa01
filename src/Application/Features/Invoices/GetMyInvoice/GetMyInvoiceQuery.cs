using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Invoices.GetMyInvoice;

/// <summary>Obligation C8: one of the caller's invoices (404 for anyone else's).</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Transactions)]
public sealed record GetMyInvoiceQuery(Guid Id) : IQuery<InvoiceDto>;
