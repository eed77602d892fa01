using Pixyer.Infrastructure.Auditing;
using Pixyer.Infrastructure.Files;

namespace Pixyer.Infrastructure;

/// <summary>Where Pixyer keeps its local state, and how it reaches the world.</summary>
public sealed class InfrastructureOptions
{
    /// <summary>The embedded database, mail pickup folder, stored files and keys live below this folder.</summary>
    public string DataDirectory { get; set; } = ".pixyer-data";

    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Base64 HMAC key for hashing low-entropy values; when empty, a key file under the data folder is used.</summary>
    public string? HashingKey { get; set; }

    /// <summary>
    /// Base64 256-bit AES key that wraps each person's file key (crypto-shredding); when empty, a key file under the
    /// data folder is used. Keep it apart from backups of the data folder.
    /// </summary>
    public string? MasterKey { get; set; }

    public MailOptions Mail { get; set; } = new();

    public SmtpOptions Smtp { get; set; } = new();

    public JobOptions Jobs { get; set; } = new();

    public GeoIpOptions GeoIp { get; set; } = new();

    public AuditOptions Audit { get; set; } = new();

    public FileStoreOptions Files { get; set; } = new();

    public string DataPath(params string[] parts) => Path.Combine([Path.GetFullPath(DataDirectory), .. parts]);

    public sealed class MailOptions
    {
        public string From { get; set; } = "Pixyer <no-reply@pixyer.com>";
    }

    public sealed class SmtpOptions
    {
        /// <summary>When set, mail goes out over SMTP instead of into the pickup folder.</summary>
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        public string? UserName { get; set; }

        public string? Password { get; set; }

        public bool UseStartTls { get; set; } = true;

        /// <summary>
        /// The key of the registered <c>Recipient</c> (category marketing_and_email_platforms) the relay belongs to:
        /// required with <see cref="Host"/>, since each mail handed to it is a disclosure (S1).
        /// </summary>
        public string? RecipientKey { get; set; }
    }

    public sealed class JobOptions
    {
        public bool Enabled { get; set; } = true;

        public TimeSpan OutboxDeliveryInterval { get; set; } = TimeSpan.FromSeconds(10);

        public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

        public TimeSpan AccessLogTruncationInterval { get; set; } = TimeSpan.FromDays(1);

        /// <summary>How often accounts are checked for inactivity (R1); zero: only when triggered.</summary>
        public TimeSpan InactivityInterval { get; set; } = TimeSpan.FromDays(1);

        /// <summary>How often accounts whose 24-month retention clock ran out are anonymized (R2); zero: only when triggered.</summary>
        public TimeSpan AnonymizationInterval { get; set; } = TimeSpan.FromDays(1);

        /// <summary>
        /// Accounts per anonymization batch, each batch one transaction; unset: the provider's default, tuned with the
        /// bench's anonymize and erasure scenarios.
        /// </summary>
        public int? AnonymizationBatchSize { get; set; }

        /// <summary>
        /// Batches of one anonymization run erased at once, each in its own transaction and taking accounts the others
        /// have not locked; unset: two on PostgreSQL, where a batch waits on the database as long as it works, and one on
        /// SQLite, which has one writer at a time (always one there). <c>bench --scenarios anonymize</c> measures them.
        /// </summary>
        public int? AnonymizationWorkers { get; set; }

        /// <summary>
        /// The name this node goes by on its job runs and on the items its workers claim; unset: host name, process id
        /// and a random suffix, so that two processes on one host never share one.
        /// </summary>
        public string? NodeId { get; set; }

        /// <summary>Workers on this node that render generation jobs side by side; unset: one per core; zero: none.</summary>
        public int? GenerationWorkers { get; set; }

        /// <summary>Workers on this node that build data exports side by side; zero: none.</summary>
        public int ExportWorkers { get; set; } = 1;

        /// <summary>Workers on this node that carry deletion requests through erasure and certification; zero: none.</summary>
        public int ErasureWorkers { get; set; } = 1;

        /// <summary>How often an idle generation worker looks for queued jobs; zero: only when woken (the generation-worker job).</summary>
        public TimeSpan GenerationInterval { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>
        /// How long a worker's claim on a generation job lasts without news. The worker renews it every third of it
        /// while it works; once a lease runs out (its worker is dead or cut off), another worker resumes the job.
        /// </summary>
        public TimeSpan GenerationLease { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>How often an idle export worker looks for requested data exports; zero: only when woken.</summary>
        public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>How long a claim on an export lasts without news; renewed like <see cref="GenerationLease"/>.</summary>
        public TimeSpan ExportLease { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>How often expired export archives are deleted; zero: only when triggered.</summary>
        public TimeSpan ExportPurgeInterval { get; set; } = TimeSpan.FromDays(1);

        /// <summary>How often half-written files older than <see cref="AbandonedWriteAge"/> are deleted; zero: only when triggered.</summary>
        public TimeSpan AbandonedWritePurgeInterval { get; set; } = TimeSpan.FromHours(1);

        /// <summary>
        /// How long a half-written file may go untouched before it counts as abandoned (its writer died). Far longer
        /// than a lease: a live export may write nothing while it reads a large source.
        /// </summary>
        public TimeSpan AbandonedWriteAge { get; set; } = TimeSpan.FromHours(1);

        /// <summary>How often an idle erasure worker looks for deletion requests with a step due; zero: only when woken.</summary>
        public TimeSpan ErasureInterval { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>How often guardian requests past their retention are deleted; zero: only when triggered.</summary>
        public TimeSpan GuardianRequestPurgeInterval { get; set; } = TimeSpan.FromDays(1);

        /// <summary>How often anonymous inquiries past their retention are purged (C7, R1); zero: only when triggered.</summary>
        public TimeSpan AnonymousInquiryPurgeInterval { get; set; } = TimeSpan.FromDays(1);

        /// <summary>How often expired backups leave the register and the erasure ledger is pruned (R3); zero: only when triggered.</summary>
        public TimeSpan BackupPurgeInterval { get; set; } = TimeSpan.FromDays(1);

        /// <summary>How often due subscriptions are renewed (or retried, or ended) and yearly renewals announced; zero: only when triggered.</summary>
        public TimeSpan RenewalInterval { get; set; } = TimeSpan.FromHours(1);

        /// <summary>How often the payment gateway's received webhook events are applied; zero: only when triggered.</summary>
        public TimeSpan PaymentEventInterval { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>How often the next batches of people affected by an incident are told (P3); zero: only when triggered.</summary>
        public TimeSpan IncidentNotificationInterval { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>How often incidents without a report to the authority are checked for their 24 h, 60 h and 72 h reminders; zero: only when triggered.</summary>
        public TimeSpan IncidentClockInterval { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>
        /// How often declared business transfers are carried on: notices mailed, changed consents suspended once the
        /// transfer takes effect (T1); zero: only when triggered.
        /// </summary>
        public TimeSpan BusinessTransferInterval { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>How often the mails of sent marketing campaigns are queued (U9); zero: only when triggered.</summary>
        public TimeSpan CampaignInterval { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>How often registrations unverified for seven days are erased; zero: only when triggered.</summary>
        public TimeSpan UnverifiedPurgeInterval { get; set; } = TimeSpan.FromDays(1);

        /// <summary>How often the ad profiles of consenting accounts are recomputed (U3); zero: only when triggered.</summary>
        public TimeSpan AdProfileInterval { get; set; } = TimeSpan.FromHours(1);
    }

    public sealed class GeoIpOptions
    {
        /// <summary>A GeoLite2/GeoIP2 country database (.mmdb); when unset, every access is of unknown country.</summary>
        public string? CountryDatabasePath { get; set; }
    }
}
