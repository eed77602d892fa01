namespace Pixyer.Infrastructure.Jobs;

/// <summary>The kinds of work a node's workers take off their queues, each item claimed by one worker at a time.</summary>
public enum WorkKind
{
    Generation,
    Export,
    Erasure,
}
