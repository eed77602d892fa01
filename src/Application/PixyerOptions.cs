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
}
