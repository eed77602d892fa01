namespace Pixyer.Application;

/// <summary>The <c>Pixyer</c> configuration section, as the use cases need it.</summary>
public sealed class PixyerOptions
{
    public const string Section = "Pixyer";

    /// <summary>Where links in mails point (the SPA).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    public BootstrapOptions Bootstrap { get; set; } = new();

    public LoginThrottleOptions LoginThrottle { get; set; } = new();

    public EmailChangeOptions EmailChange { get; set; } = new();

    public BackupOptions Backups { get; set; } = new();

    public BillingOptions Payments { get; set; } = new();

    public IncidentOptions Incidents { get; set; } = new();

    public DeidentificationOptions Deidentification { get; set; } = new();

    public LegalRequestOptions LegalRequests { get; set; } = new();

    public ShowcaseOptions Showcases { get; set; } = new();

    public ContactOptions Contacts { get; set; } = new();

    public AdvertisingOptions Advertising { get; set; } = new();

    public InquiryOptions Inquiries { get; set; } = new();

    /// <summary>The <c>Pixyer:Incidents</c> section (obligation P3).</summary>
    public sealed class IncidentOptions
    {
        /// <summary>
        /// Above this many affected people, notifying each is taken as impractical and a public notice is published as
        /// well (GDPR 34(3)(c)); a public notice also goes out whenever an affected person has no verified address.
        /// </summary>
        public int PublicNoticeThreshold { get; set; } = 10_000;

        /// <summary>Affected people told per transaction when notifying (each batch commits on its own, so work resumes).</summary>
        public int NotificationBatchSize { get; set; } = 500;
    }

    /// <summary>The <c>Pixyer:LegalRequests</c> section (E1).</summary>
    public sealed class LegalRequestOptions
    {
        /// <summary>The largest legal document (PDF or scan) staff may upload; 413 beyond.</summary>
        public long MaxDocumentBytes { get; set; } = 10 * 1024 * 1024;
    }

    /// <summary>The <c>Pixyer:Payments</c> section's billing rules (the gateway's settings are Infrastructure's).</summary>
    public sealed class BillingOptions
    {
        public static readonly IReadOnlyList<int> DefaultRetryDays = [1, 3, 7];

        /// <summary>The tax added to a plan's price, in basis points (1/100 of a percent); shown on every invoice.</summary>
        public int TaxRateBasisPoints { get; set; }

        /// <summary>Generations an account without a subscription may request per calendar month (UTC).</summary>
        public int FreeGenerationsPerMonth { get; set; } = 20;

        /// <summary>
        /// Days after a period's end on which a failed renewal charge is retried; after the last, the subscription ends.
        /// Unset: 1, 3 and 7 (an array here, as the configuration binder appends to a list that has values).
        /// </summary>
        public int[]? DunningRetryDays { get; set; }

        /// <summary>
        /// Years invoices and transactions are kept, erased persons' too (without identity), before they are deleted: the
        /// legal period of the jurisdiction's accounting and tax law. 10 by default; set it to what applies.
        /// </summary>
        public int RecordRetentionYears { get; set; } = 10;

        /// <summary>Days before a yearly renewal that its reminder is mailed.</summary>
        public int RenewalReminderDays { get; set; } = 7;

        public IReadOnlyList<int> RetryDays => DunningRetryDays ?? DefaultRetryDays;
    }

    public sealed class BootstrapOptions
    {
        /// <summary>Addresses whose accounts become Admin once the address is verified.</summary>
        public IList<string> AdminEmails { get; } = [];
    }

    public sealed class LoginThrottleOptions
    {
        public int MaxFailuresPerAccount { get; set; } = 5;

        public int MaxFailuresPerClient { get; set; } = 20;

        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
    }

    /// <summary>How many verification mails e-mail changes may send, per account and per address, in a sliding window.</summary>
    public sealed class EmailChangeOptions
    {
        public int MaxPerAccount { get; set; } = 5;

        public int MaxPerAddress { get; set; } = 3;

        /// <summary>At most a token's lifetime: the limit counts the verification tokens, which are purged once expired.</summary>
        public TimeSpan Window { get; set; } = TimeSpan.FromHours(24);
    }

    public sealed class BackupOptions
    {
        /// <summary>
        /// The oldest a backup may be when it is registered; the erasure ledger keeps at least this much history so
        /// that a backup registered late can still be replayed (R3). Longer than the longest backup retention.
        /// </summary>
        public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(35);
    }

    /// <summary>The <c>Pixyer:Deidentification</c> section: how anonymous a de-identified dataset must be (E2).</summary>
    public sealed class DeidentificationOptions
    {
        /// <summary>The k an export asks for when it names none; never below <see cref="Domain.Deidentification.DeidentifiedExport.MinimumK"/>.</summary>
        public int MinimumK { get; set; } = Domain.Deidentification.DeidentifiedExport.MinimumK;

        /// <summary>
        /// The share of rows, in percent, that may be suppressed rather than generalise every row further; beyond it the
        /// coarsest generalisation is used.
        /// </summary>
        public double MaxSuppressedPercent { get; set; } = 5;
    }

    /// <summary>The <c>Pixyer:Advertising</c> section: personalized-advertising profiles (U3).</summary>
    public sealed class AdvertisingOptions
    {
        /// <summary>How far back the activity a profile's template and volume segments count reaches.</summary>
        public TimeSpan ActivityWindow { get; set; } = TimeSpan.FromDays(30);
    }

    /// <summary>The <c>Pixyer:Showcases</c> section: the public showcase of assets their owners authorized (D1).</summary>
    public sealed class ShowcaseOptions
    {
        /// <summary>The registered recipient (category <c>public</c>) each publication is recorded as a disclosure to.</summary>
        public string RecipientKey { get; set; } = "public-showcase";
    }

    /// <summary>The <c>Pixyer:Contacts</c> section: imported address books (C11).</summary>
    public sealed class ContactOptions
    {
        /// <summary>What a multipart request may add around the file (boundaries, part headers, a file name).</summary>
        public const long MultipartAllowance = 64 * 1024;

        /// <summary>The largest vCard or CSV file <c>POST /me/contacts/imports</c> takes; 413 beyond.</summary>
        public long MaxImportBytes { get; set; } = 5 * 1024 * 1024;

        public long MaxImportRequestBytes => MaxImportBytes + MultipartAllowance;
    }

    /// <summary>The <c>Pixyer:Inquiries</c> section: how long support has to answer each kind of inquiry (Q1, U4).</summary>
    public sealed class InquiryOptions
    {
        /// <summary>Days to the first answer, by kind (<c>question</c>, <c>complaint</c>, <c>privacy_request</c>, <c>after_sales</c>).</summary>
        public Dictionary<string, int> ResponseDays { get; set; } = new(StringComparer.Ordinal)
        {
            ["question"] = 30,
            ["complaint"] = 15,
            ["privacy_request"] = 30,
            ["after_sales"] = 15,
        };

        /// <summary>How long an anonymous inquiry whose address was never verified is kept.</summary>
        public TimeSpan UnverifiedRetention { get; set; } = TimeSpan.FromDays(7);

        /// <summary>How long an anonymous thread is kept after its last message (R1: as account data, 24 months).</summary>
        public TimeSpan AnonymousRetention { get; set; } = TimeSpan.FromDays(730);
    }
}
