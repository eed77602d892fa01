using System.Globalization;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Invoices;

/// <summary>An invoice as plain text: the body of its mail and of <c>GET /me/invoices/{id}/document</c>.</summary>
public static class InvoiceDocument
{
    public const string ContentType = "text/plain; charset=utf-8";

    public static string FileName(Invoice invoice) => $"pixyer-invoice-{invoice.Number}.txt";

    public static string Render(Invoice invoice, string seller) =>
        string.Join(
            '\n',
            $"INVOICE {invoice.Number}",
            Line("Issued:", Date(invoice.IssuedAt)),
            Line("Seller:", seller),
            Line("Billed to:", invoice.BilledTo ?? "(erased)"),
            "",
            Line("Service:", $"Pixyer {invoice.PlanName} (plan {invoice.PlanCode}, version {invoice.PlanVersion})"),
            Line("Specification:", $"{invoice.IncludedGenerations} image generations per {invoice.Interval.ToString().ToLowerInvariant()}"),
            Line("Period:", $"{Date(invoice.PeriodStart)} to {Date(invoice.PeriodEnd)}"),
            "",
            Line("Price:", Currencies.Format(invoice.PriceMinor, invoice.Currency)),
            Line($"Tax ({Rate(invoice.TaxRateBasisPoints)}):", Currencies.Format(invoice.TaxMinor, invoice.Currency)),
            Line("Total:", Currencies.Format(invoice.TotalMinor, invoice.Currency)),
            "",
            Line("Payment:", $"{invoice.PaymentStatus.ToString().ToLowerInvariant()} by card (transaction {invoice.TransactionId})"),
            "");

    private static string Line(string label, string value) => label.PadRight(17) + value;

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Rate(int basisPoints) => (basisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture) + " %";
}
