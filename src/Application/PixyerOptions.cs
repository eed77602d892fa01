namespace Pixyer.Application;

/// <summary>The <c>Pixyer</c> configuration section, as the use cases need it.</summary>
public sealed class PixyerOptions
{
    public const string Section = "Pixyer";

    /// <summary>Where links in mails point (the SPA).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    public BootstrapOptions Bootstrap { get; set; } = new();

    public LoginThrottleOptions LoginThrottle { get; set; } = new();

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
}
