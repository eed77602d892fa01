namespace Pixyer.Infrastructure.Devices;

/// <summary>
/// What the access log keeps of a User-Agent: the device type (desktop, mobile, tablet, bot or unknown) and the
/// browser and OS families, never versions or the raw string.
/// </summary>
public sealed record DeviceFacts(string DeviceType, string Browser, string OperatingSystem)
{
    public const string Desktop = "desktop";
    public const string Mobile = "mobile";
    public const string Tablet = "tablet";
    public const string Bot = "bot";
    public const string Unknown = "unknown";
}
