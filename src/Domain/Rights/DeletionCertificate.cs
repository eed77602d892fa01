namespace Pixyer.Domain.Rights;

/// <summary>
/// What an erasure did and what its verification found: the categories erased, what was kept and why, and every
/// place where the subject's email, username or ids were still found (none, when <see cref="Clean"/>).
/// </summary>
public sealed class DeletionCertificate
{
    private DeletionCertificate()
    {
    }

    public DeletionRequestId RequestId { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public List<string> CategoriesErased { get; private set; } = [];

    /// <summary>Each entry is <c>category: reason</c>.</summary>
    public List<string> Retained { get; private set; } = [];

    /// <summary>Where the scan still found the subject: <c>table.column</c>, a source's category, or a file key.</summary>
    public List<string> Findings { get; private set; } = [];

    /// <summary>What the raw scan read: each store of the data folder with its size (e.g. <c>pixyer.db-wal: 0 bytes</c>).</summary>
    public List<string> Scanned { get; private set; } = [];

    public bool Clean => Findings.Count == 0;

    /// <summary>What was found after the commit, and what was read; the certificate is issued again at <paramref name="now"/>.</summary>
    public void AddFindings(IEnumerable<string> findings, IEnumerable<string> scanned, DateTimeOffset now)
    {
        Findings = [.. Findings, .. findings];
        Scanned = [.. Scanned, .. scanned];
        IssuedAt = now;
    }

    public static DeletionCertificate Issue(
        DeletionRequestId requestId, IEnumerable<string> categoriesErased, IEnumerable<string> retained, IEnumerable<string> findings, DateTimeOffset now) =>
        new()
        {
            RequestId = requestId,
            IssuedAt = now,
            CategoriesErased = [.. categoriesErased],
            Retained = [.. retained],
            Findings = [.. findings],
        };
}
