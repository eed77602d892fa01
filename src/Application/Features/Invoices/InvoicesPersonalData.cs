using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Invoices;

/// <summary>
/// The person's invoices (C8). The law keeps them after the erasure (<see cref="Invoice"/> is
/// <c>[RetainedAfterErasure]</c>, and the certificate lists them): erasure removes the address they were billed to, so
/// what remains names only the pseudonymous account id. Verification finds an invoice that still names someone.
/// </summary>
public sealed class InvoicesPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "invoices";

    public IReadOnlyList<string> Obligations => ["C8", "G2", "G3"];

    public IReadOnlyList<Type> EntityTypes => [typeof(Invoice)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.OwnerId == subject).OrderBy(i => i.IssuedAt).ToListAsync(cancellationToken);
        await writer.WriteRecordsAsync(Category, await InvoiceViews.WithDeliveryAsync(db, invoices, cancellationToken), cancellationToken);
    }

    public Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken) =>
        db.Invoices.Where(i => subjects.Contains(i.OwnerId) && i.BilledTo != null)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.BilledTo, (string?)null), cancellationToken);

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(Category, (nameof(Invoice), await db.Invoices.CountAsync(i => i.OwnerId == subject && i.BilledTo != null, cancellationToken)));
}
