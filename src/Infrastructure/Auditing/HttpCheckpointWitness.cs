using System.Net.Http.Json;
using Pixyer.Application.Common.Auditing;
using Pixyer.Domain.Auditing;

namespace Pixyer.Infrastructure.Auditing;

/// <summary>POSTs a checkpoint to a witness as JSON; any answer but 2xx fails the delivery, which the outbox retries.</summary>
internal sealed class HttpCheckpointWitness(HttpClient http) : ICheckpointWitness
{
    public async Task SendAsync(WitnessedCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(
            checkpoint.Url,
            new { origin = CheckpointStatement.Origin, checkpoint.TreeSize, checkpoint.Text, checkpoint.KeyId, checkpoint.Signature },
            cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
