using Pixyer.Domain.Common;

namespace Pixyer.Domain.Auditing;

/// <summary>What verification found: the first <see cref="MaxListed"/> findings, how many in all, and the lowest entry any names.</summary>
public sealed class AuditLogFindings
{
    public const int MaxListed = 100;
    private readonly List<AuditLogFinding> listed = [];

    public IReadOnlyList<AuditLogFinding> Listed => listed;

    public int Count { get; private set; }

    public long? FirstBrokenSequence { get; private set; }

    public void Add(string kind, long? sequence, Guid? entryId, long? treeSize, string detail)
    {
        Count++;
        if (sequence is { } s && (FirstBrokenSequence is null || s < FirstBrokenSequence))
        {
            FirstBrokenSequence = s;
        }

        if (listed.Count < MaxListed)
        {
            listed.Add(new AuditLogFinding(
                kind, sequence, entryId, treeSize, TextBounds.Cut(detail, AuditLogFinding.DetailMaxLength)));
        }
    }
}
