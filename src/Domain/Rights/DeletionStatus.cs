namespace Pixyer.Domain.Rights;

public enum DeletionStatus
{
    /// <summary>The account is deactivated; the erasure job has not run yet.</summary>
    Received = 0,

    /// <summary>The subject is on legal hold (G6): nothing is erased until the hold is lifted.</summary>
    OnHold = 1,

    /// <summary>Every source erased the subject's data in one committed transaction; verification is next.</summary>
    Erased = 2,

    /// <summary>Verified, and the certificate issued.</summary>
    Completed = 3,
}
