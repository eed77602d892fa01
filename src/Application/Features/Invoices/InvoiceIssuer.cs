using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Privacy;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Invoices;

/// <summary>
/// Issues the invoice of a paid period (C8) and mails it (U8: a bill is operational mail, which no marketing opt-out
/// stops). Numbers are gap-free within a year: the next one is taken under a lock held to the commit, so a rolled-back
/// charge takes none and two charges never take the same (a unique index backs it).
/// </summary>
public sealed class InvoiceIssuer(
    IAppDbContext db, ISubjectLocks locks, IOutbox outbox, IOptions<PrivacyControllerOptions> controller, TimeProvider clock)
{
    public async Task<Invoice> IssueAsync(
        AccountId owner, PaymentTransaction charge, Plan plan, TaxedPrice price, DateTimeOffset periodStart, DateTimeOffset periodEnd,
        CancellationToken cancellationToken)
    {
        var email = await db.Accounts.Where(a => a.Id == owner).Select(a => a.Email).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // Every invoice of the year waits for this lock until its transaction ends: nothing else is read under it.
        await locks.LockAsync("invoice-number", YearKey(now.Year), cancellationToken);
        var last = await db.Invoices.Where(i => i.Year == now.Year).MaxAsync(i => (int?)i.Sequence, cancellationToken) ?? 0;
        var invoice = Invoice.Issue(last + 1, owner, email, charge, plan, price, periodStart, periodEnd, now);
        db.Invoices.Add(invoice);
        var mail = new EmailMessage(
            email,
            $"Your Pixyer invoice {invoice.Number}",
            $"""
             Thank you for your payment. Your invoice:

             {InvoiceDocument.Render(invoice, controller.Value.OperatorName)}

             You can read it again at any time under "Invoices" in your account.
             """);
        invoice.MailedAs(outbox.EnqueueEmail(mail, owner.Value));
        return invoice;
    }

    private static Guid YearKey(int year) => new(year, 0, 0, new byte[8]);
}
