namespace Pixyer.Application.Common.Jobs;

/// <summary>The jobs that wake the workers of a queue whose items staff can list, each item with the node that took it.</summary>
public static class WorkerJobKeys
{
    public const string Generation = "generation-worker";
    public const string Export = "export-worker";
    public const string Erasure = "erasure-worker";
}
