using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Payments;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Billing;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Invoices.ListMyInvoices;

/// <summary>
/// Obligation C8: the caller's transactions, newest first: every charge (declined ones too) and refund, each with the
/// invoice a paid charge was billed by.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Transactions)]
public sealed record ListMyInvoicesQuery(PageRequest Page) : IQuery<Paged<TransactionDto>>;

/// <remarks>
/// <c>kind</c>: <c>first_period</c>, <c>renewal</c> or <c>refund</c>.<br/>
/// <c>status</c>: <c>succeeded</c> or <c>failed</c>.<br/>
/// <c>declineCode</c>: The gateway's reason for a failed charge.<br/>
/// <c>invoice</c>: The invoice of a paid charge; null for a declined one or a refund.<br/>
/// </remarks>
public sealed record TransactionDto(
    Guid Id,
    [property: WireNameOf<TransactionKind>] string Kind,
    [property: WireNameOf<TransactionStatus>] string Status,
    long AmountMinor,
    [property: CurrencyCode] string Currency,
    [property: MaxLength(PaymentTransaction.DeclineCodeMaxLength)] string? DeclineCode,
    DateTimeOffset CreatedAt,
    InvoiceDto? Invoice);

