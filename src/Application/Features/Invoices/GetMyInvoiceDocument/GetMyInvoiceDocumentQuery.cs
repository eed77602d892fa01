using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Invoices.GetMyInvoiceDocument;

/// <summary>Obligation C8: one of the caller's invoices as a plain-text document, as it was mailed.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Transactions, DataCategory.Contact)]
public sealed record GetMyInvoiceDocumentQuery(Guid Id) : IQuery<InvoiceFile>;

public sealed record InvoiceFile(string FileName, string ContentType, string Text);
