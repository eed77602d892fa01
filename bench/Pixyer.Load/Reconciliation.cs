using System.Globalization;
using System.Text;

namespace Pixyer.Load;

/// <summary>
/// After a run has drained, the rows PostgreSQL holds for the run's accounts against the commands the API accepted:
/// each check a table row (expected, found, ok). Duplicates are counted apart and must be 0.
/// </summary>
internal sealed class Reconciliation(Ledger ledger, Guid[] ids)
{
    private readonly List<(string Check, long Expected, long Found)> rows = [];

    public bool AllMatch => rows.All(r => r.Expected == r.Found);

    public IReadOnlyList<(string Check, long Expected, long Found)> Rows => rows;

    /// <summary>The checks of a run whose accounts are kept: uploads, generations and assets, exports, consents, audit, mail.</summary>
    public async Task<Reconciliation> CheckAsync(Sent sent)
    {
        await AddAsync("uploads stored", sent.Uploads, "SELECT count(*) FROM uploads WHERE owner_id = ANY(@ids)");
        await AddAsync("generation jobs succeeded", sent.Generations, "SELECT count(*) FROM generation_jobs WHERE owner_id = ANY(@ids) AND status = 'Succeeded'");
        await AddAsync("generation jobs failed", 0, "SELECT count(*) FROM generation_jobs WHERE owner_id = ANY(@ids) AND status = 'Failed'");
        await AddAsync("assets rendered = formats requested", sent.Formats, "SELECT count(*) FROM assets WHERE owner_id = ANY(@ids)");
        await DuplicatesAsync();
        await AddAsync("exports ready", sent.Exports, "SELECT count(*) FROM data_exports WHERE subject_id = ANY(@ids) AND status = 'Ready'");
        await AddAsync("exports failed", 0, "SELECT count(*) FROM data_exports WHERE subject_id = ANY(@ids) AND status = 'Failed'");
        await AddAsync("consent events", sent.ConsentChanges, "SELECT count(*) FROM consent_events WHERE subject_id = ANY(@ids)");
        await AuditAsync("UploadImageCommand", sent.Uploads);
        await AuditAsync("RequestGenerationCommand", sent.Generations);
        await AuditAsync("RequestExportCommand", sent.Exports);
        await AuditAsync("SetMyConsentCommand", sent.ConsentChanges);
        // One verification mail per account, one "your export is ready" mail per export; all of them delivered.
        await AddAsync("mails queued (verification + export ready)", sent.Accounts + sent.Exports, "SELECT count(*) FROM outbox_messages WHERE subject_id = ANY(@ids)");
        await AddAsync("mails not sent", 0, "SELECT count(*) FROM outbox_messages WHERE subject_id = ANY(@ids) AND status <> 'Sent'");
        return this;
    }

    /// <summary>No two assets of one job and format, no mail queued twice for one event.</summary>
    public async Task DuplicatesAsync()
    {
        await AddAsync(
            "duplicate assets (same job and format)",
            0,
            "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM assets WHERE owner_id = ANY(@ids) GROUP BY generation_job_id, format) a");
        // A delivered mail's body is not kept, so mails are counted per person: one verification, one per ready export, one per deletion request.
        await AddAsync(
            "mails beyond one per event (verification, export ready, deletion)",
            0,
            """
            SELECT coalesce(sum(greatest(0, n - 1
                - (SELECT count(*) FROM data_exports e WHERE e.subject_id = m.subject_id AND e.status = 'Ready')
                - (SELECT count(*) FROM deletion_requests d WHERE d.subject_id = m.subject_id))), 0)
            FROM (SELECT subject_id, count(*) AS n FROM outbox_messages WHERE subject_id = ANY(@ids) GROUP BY subject_id) m
            """);
    }

    /// <summary>The check that the accounts' <paramref name="requestName"/> commands are in the audit log, each once.</summary>
    public static (string Check, long Expected, string Sql) Audited(string requestName, long expected) => (
        $"audit entries {requestName} succeeded",
        expected,
        $"SELECT count(*) FROM audit_entries WHERE actor_id = ANY(@ids) AND request_name = '{requestName}' AND outcome = 'Succeeded'");

    public async Task AuditAsync(string requestName, long expected)
    {
        var (check, count, sql) = Audited(requestName, expected);
        await AddAsync(check, count, sql);
    }

    public async Task AddAllAsync(params (string Check, long Expected, string Sql)[] checks)
    {
        foreach (var (check, expected, sql) in checks)
        {
            await AddAsync(check, expected, sql);
        }
    }

    public async Task AddAsync(string check, long expected, string sql) => rows.Add((check, expected, await ledger.CountAsync(sql, ids)));

    public void Add(string check, long expected, long found) => rows.Add((check, expected, found));

    public void WriteTo(StringBuilder report)
    {
        report.AppendLine("| check | expected | found | |").AppendLine("| --- | ---: | ---: | --- |");
        foreach (var (check, expected, found) in rows)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {check} | {expected} | {found} | {(expected == found ? "ok" : "**MISMATCH**")} |");
        }

        report.AppendLine();
    }
}
