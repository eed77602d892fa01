namespace Pixyer.Domain.Auditing;

public enum AuditOutcome
{
    Succeeded = 0,
    Refused = 1,
    Failed = 2,
}
