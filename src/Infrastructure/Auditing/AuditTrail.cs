using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Auditing;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.Auditing;

internal sealed class AuditTrail(PixyerDbContext db, AuditLeafHasher hasher, IServiceScopeFactory scopes) : IAuditTrail
{
    public void Append(AuditRecord record) => db.AuditEntries.Add(AuditEntry.Record(record, hasher));

    public async Task AppendInOwnTransactionAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        scope.ServiceProvider.GetRequiredService<IAuditTrail>().Append(record);
        await unitOfWork.CommitAsync(cancellationToken);
    }
}
