using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using Pixyer.Domain.Outbox;

namespace Pixyer.Domain.Billing;

/// <summary>
/// The bill for one paid period (C8): its number (gap-free within a year), what was bought (plan, included
/// generations, period), price, tax and total, how it was paid, and to whom it was mailed. Kept for the legal period
/// after the person's erasure, without the address it was billed to.
/// </summary>
[RetainedAfterErasure(
    "invoices",
    "Tax law requires issued invoices to be kept for their legal period (C8, G2); the billing address is erased, the pseudonymous account id remains.")]
public sealed class Invoice
{
    private Invoice()
    {
    }

    public InvoiceId Id { get; private set; }

    /// <summary><c>yyyy-nnnnnn</c>: the year it was issued and its sequence within that year.</summary>
    public string Number { get; private set; } = "";

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public AccountId OwnerId { get; private set; }

    /// <summary>The address the invoice was issued and mailed to; erased with the account.</summary>
    [PersonalData]
    public string? BilledTo { get; private set; }

    public PaymentTransactionId TransactionId { get; private set; }

    public string PlanCode { get; private set; } = "";

    public int PlanVersion { get; private set; }

    public string PlanName { get; private set; } = "";

    public BillingInterval Interval { get; private set; }

    public int IncludedGenerations { get; private set; }

    public DateTimeOffset PeriodStart { get; private set; }

    public DateTimeOffset PeriodEnd { get; private set; }

    public long PriceMinor { get; private set; }

    /// <summary>The tax rate in basis points (1/100 of a percent): 0 unless configured.</summary>
    public int TaxRateBasisPoints { get; private set; }

    public long TaxMinor { get; private set; }

    public long TotalMinor { get; private set; }

    public string Currency { get; private set; } = "";

    public InvoicePaymentStatus PaymentStatus { get; private set; }

    /// <summary>The outbox message that mails it: its state is the invoice's delivery status.</summary>
    public OutboxMessageId? MailMessageId { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>The longest number <see cref="NumberOf"/> writes: a four-digit year, a dash and a positive <see cref="int"/>.</summary>
    public const int NumberMaxLength = 4 + 1 + 10;

    public static string NumberOf(int year, int sequence) => $"{year:D4}-{sequence:D6}";


    /// <summary>Issues the invoice of a paid charge of <paramref name="price"/>'s total.</summary>
    public static Invoice Issue(
        int sequence, AccountId owner, string billedTo, PaymentTransaction charge, Plan plan, TaxedPrice price, DateTimeOffset periodStart,
        DateTimeOffset periodEnd, DateTimeOffset now) =>
        new()
        {
            Id = InvoiceId.New(),
            Year = now.Year,
            Sequence = sequence,
            Number = NumberOf(now.Year, sequence),
            OwnerId = owner,
            BilledTo = billedTo,
            TransactionId = charge.Id,
            PlanCode = plan.Code,
            PlanVersion = plan.Version,
            PlanName = plan.Name,
            Interval = plan.Interval,
            IncludedGenerations = plan.IncludedGenerations,
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            PriceMinor = price.PriceMinor,
            TaxRateBasisPoints = price.TaxRateBasisPoints,
            TaxMinor = price.TaxMinor,
            TotalMinor = price.TotalMinor,
            Currency = charge.Currency,
            PaymentStatus = InvoicePaymentStatus.Paid,
            IssuedAt = now,
        };

    public void MailedAs(OutboxMessageId message) => MailMessageId = message;

    public void MarkRefunded() => PaymentStatus = InvoicePaymentStatus.Refunded;
}
