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

        /// <summary>How often a node looks for queued generation jobs when it has none in hand; zero: only when triggered.</summary>
        public TimeSpan GenerationInterval { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>
        /// How long a worker's claim on a generation job lasts without news, renewed after each format. Longer than one
        /// format's render (a provider's timeout included); after it, another worker resumes the job.
        /// </summary>
        public TimeSpan GenerationLease { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>How often a node looks for requested data exports; zero: only when triggered.</summary>
        public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>How long a claim on an export lasts without news, renewed after each personal-data source.</summary>
        public TimeSpan ExportLease { get; set; } = TimeSpan.FromMinutes(10);

        /// <summary>How often expired export archives are deleted; zero: only when triggered.</summary>
        public TimeSpan ExportPurgeInterval { get; set; } = TimeSpan.FromDays(1);

        /// <summary>How often half-written <c>*.partial</c> files older than <see cref="ExportLease"/> are deleted; zero: only when triggered.</summary>
        public TimeSpan AbandonedWritePurgeInterval { get; set; } = TimeSpan.FromHours(1);

        /// <summary>How often a node carries deletion requests through erasure and certification; zero: only when triggered.</summary>
        public TimeSpan ErasureInterval { get; set; } = TimeSpan.FromMinutes(1);

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
