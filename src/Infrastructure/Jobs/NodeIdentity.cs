using System.Security.Cryptography;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// The name this process goes by in the cluster: Quartz's instance id (so on the job runs staff see at
/// <c>/admin/jobs</c>) and the claimant recorded on every item its workers take.
/// </summary>
public sealed record NodeIdentity(string Id)
{
    /// <summary>Fits the job runs' and the items' node columns with room to spare.</summary>
    public const int MaxLength = 100;

    /// <summary>The configured id, else host name, process id and a random suffix, so two processes on one host never share one.</summary>
    public static NodeIdentity From(string? configured)
    {
        var id = string.IsNullOrWhiteSpace(configured)
            ? $"{Environment.MachineName}-{Environment.ProcessId}-{RandomNumberGenerator.GetHexString(6, lowercase: true)}"
            : configured;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(id.Length, MaxLength, "Pixyer:Jobs:NodeId");
        return new(id);
    }
}
