namespace Pixyer.Domain.Rights;

public enum GuardianRequestStatus
{
    /// <summary>Waiting for staff to verify the guardian.</summary>
    Received = 0,

    /// <summary>Staff verified the guardian and the account; the account's deletion is open.</summary>
    Approved = 1,

    /// <summary>Staff could not verify the guardian or found no account; the guardian was told why.</summary>
    Rejected = 2,
}
