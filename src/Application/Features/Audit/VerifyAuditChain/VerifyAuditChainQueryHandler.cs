using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Features.Audit.VerifyAuditChain;

public sealed class VerifyAuditChainQueryHandler(IAppDbContext db) : IQueryHandler<VerifyAuditChainQuery, AuditChainReport>
{
    public async ValueTask<AuditChainReport> Handle(VerifyAuditChainQuery query, CancellationToken cancellationToken)
    {
        var verifier = new AuditChainVerifier();
        // Streamed: the chain can be long, memory stays flat.
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            verifier.Accept(entry);
        }

        return new AuditChainReport(verifier.IsValid, verifier.Entries, verifier.FirstBrokenSequence);
    }
}
