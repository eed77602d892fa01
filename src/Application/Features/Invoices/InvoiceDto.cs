using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Payments;
using Pixyer.Domain.Billing;
using Pixyer.Domain.Outbox;

namespace Pixyer.Application.Features.Invoices;

/// <summary>
/// An invoice with every detail C8 names: what was bought (plan, included generations, period), price, tax, total,
/// currency, how it was paid and whether its mail was delivered.
/// </summary>
/// <remarks>
/// <c>taxRateBasisPoints</c>: The tax rate in basis points: 1300 is 13 %.<br/>
/// <c>paymentStatus</c>: <c>paid</c> or <c>refunded</c>.<br/>
/// <c>deliveryStatus</c>: The invoice mail's state: <c>pending</c>, <c>sent</c>, <c>failed</c> or <c>cancelled</c>.<br/>
/// </remarks>
public sealed record InvoiceDto(
    Guid Id,
    [property: MaxLength(Invoice.NumberMaxLength)] string Number,
    [property: MaxLength(Plan.MaxCodeLength)] string PlanCode,
    int PlanVersion,
    [property: MaxLength(Plan.MaxNameLength)] string PlanName,
    [property: WireNameOf<BillingInterval>] string Interval,
    int IncludedGenerations,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    long PriceMinor,
    int TaxRateBasisPoints,
    long TaxMinor,
    long TotalMinor,
    [property: CurrencyCode] string Currency,
    [property: WireNameOf<InvoicePaymentStatus>] string PaymentStatus,
    [property: WireNameOf<OutboxStatus>] string DeliveryStatus,
    Guid TransactionId,
    DateTimeOffset IssuedAt)

{
    public static InvoiceDto From(Invoice invoice, OutboxStatus? mail) =>
        new(
            invoice.Id.Value,
            invoice.Number,
            invoice.PlanCode,
            invoice.PlanVersion,
            invoice.PlanName,
            WireNames.Of(invoice.Interval),
            invoice.IncludedGenerations,
            invoice.PeriodStart,
            invoice.PeriodEnd,
            invoice.PriceMinor,
            invoice.TaxRateBasisPoints,
            invoice.TaxMinor,
            invoice.TotalMinor,
            invoice.Currency,
            WireNames.Of(invoice.PaymentStatus),
            mail is { } status ? WireNames.Of(status) : WireNames.Of(OutboxStatus.Pending),
            invoice.TransactionId.Value,
            invoice.IssuedAt);
}
