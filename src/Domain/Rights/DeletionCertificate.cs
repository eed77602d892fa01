namespace Pixyer.Domain.Rights;

/// <summary>
/// What an erasure did and what its verification found: the categories erased, what was kept and why, and every
/// place where the subject's email, username or ids were still found (none, when <see cref="Clean"/>).
/// </summary>
public sealed class DeletionCertificate
{
    /// <summary>
    /// The entries each list holds: more than the personal-data sources and retained categories there are, so those
    /// lists are whole; findings past it are counted in the last entry (<c>… and 12 more</c>).
    /// </summary>
    public const int MaxEntries = 100;

    /// <summary>The characters of one entry (a category, a reason, a column or file key); a longer one is cut.</summary>
    public const int EntryMaxLength = 500;

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
        Findings = Bounded([.. Findings, .. findings]);
        Scanned = Bounded([.. Scanned, .. scanned]);
        IssuedAt = now;
    }

    public static DeletionCertificate Issue(
        DeletionRequestId requestId, IEnumerable<string> categoriesErased, IEnumerable<string> retained, IEnumerable<string> findings, DateTimeOffset now) =>
        new()
        {
            RequestId = requestId,
            IssuedAt = now,
            CategoriesErased = Bounded(categoriesErased),
            Retained = Bounded(retained),
            Findings = Bounded(findings),
        };

    private static List<string> Bounded(IEnumerable<string> entries)
    {
        var all = entries.Select(e => e.Length <= EntryMaxLength ? e : e[..(EntryMaxLength - 1)] + "…").ToList();
        return all.Count <= MaxEntries ? all : [.. all.Take(MaxEntries - 1), $"… and {all.Count - MaxEntries + 1} more"];
    }
}
