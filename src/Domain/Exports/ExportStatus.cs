namespace Pixyer.Domain.Exports;

public enum ExportStatus
{
    Queued,
    Running,
    Ready,
    Failed,
    Expired,
}
