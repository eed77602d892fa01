using Mediator;
using Pixyer.Application.Common.Auditing;
using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Features.Audit.GetAuditKey;

public sealed class GetAuditKeyQueryHandler(ICheckpointSigner signer) : IQueryHandler<GetAuditKeyQuery, AuditKey>
{
    public ValueTask<AuditKey> Handle(GetAuditKeyQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditKey(signer.Algorithm, signer.KeyId, signer.PublicKeyPem, CheckpointStatement.Origin));
}
