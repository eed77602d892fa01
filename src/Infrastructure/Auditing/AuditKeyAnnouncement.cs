using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pixyer.Application.Common.Auditing;

namespace Pixyer.Infrastructure.Auditing;

/// <summary>
/// Prints the public key that signs audit checkpoints when the app starts, so an operator can hand it to auditors and
/// witnesses from the first line of the log; loading it here also stops a start with a malformed configured key.
/// </summary>
internal sealed partial class AuditKeyAnnouncement(ICheckpointSigner signer, ILogger<AuditKeyAnnouncement> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogKey(logger, signer.Algorithm, signer.KeyId, signer.PublicKeyPem);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoints are signed with {Algorithm} key {KeyId} (also at GET /api/v1/privacy/audit-key):\n{PublicKeyPem}")]
    private static partial void LogKey(ILogger logger, string algorithm, string keyId, string publicKeyPem);
}
