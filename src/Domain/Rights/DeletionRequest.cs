using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Rights;

/// <summary>
/// The deletion of an account (G2, G5, A2): the account is deactivated when the request is made; the erasure job
/// then erases every source of the subject's data, verifies that nothing is left, and issues the certificate,
/// which whoever holds the mailed token can read. A legal hold (G6) parks the request until it is lifted.
/// </summary>
[RetainedAfterErasure("deletion-request", "The request and its certificate, the proof of the erasure (G2); ids, dates and category names only.")]
public sealed class DeletionRequest
{
    private DeletionRequest()
    {
    }

    /// <summary>Shared with the <see cref="RightsRequest"/> that tracks its deadline.</summary>
    public DeletionRequestId Id { get; private set; }

    public AccountId SubjectId { get; private set; }

    public DeletionOrigin Origin { get; private set; }

    public DeletionStatus Status { get; private set; }

    /// <summary>SHA-256 of the certificate token mailed to the person; the token itself is never stored.</summary>
    public string TokenHash { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? HeldAt { get; private set; }

    public DateTimeOffset? ErasedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DeletionCertificate? Certificate { get; private set; }

    /// <summary>The node whose erasure worker took the latest step (its instance id), for staff and operators.</summary>
    public string? HandledBy { get; private set; }

    /// <summary>
    /// Between the erasure and its certification only: the subject's email, username and file hashes, sealed under the
    /// master key, which the raw scan of the storage searches for once the erasure has committed (they cannot be read
    /// back from the erased rows). Certification destroys them.
    /// </summary>
    public byte[]? SealedVerificationValues { get; private set; }

    public bool IsPending => Status is DeletionStatus.Received or DeletionStatus.OnHold;

    public static DeletionRequest Receive(DeletionRequestId id, AccountId subject, DeletionOrigin origin, string tokenHash, DateTimeOffset now) =>
        new() { Id = id, SubjectId = subject, Origin = origin, TokenHash = tokenHash, Status = DeletionStatus.Received, RequestedAt = now };

    /// <summary>A worker of <paramref name="node"/> holds the request for the step it is taking.</summary>
    public void TakeStep(string node) => HandledBy = node;

    public void Hold(DateTimeOffset now)
    {
        if (Status != DeletionStatus.OnHold)
        {
            Status = DeletionStatus.OnHold;
            HeldAt = now;
        }
    }

    /// <summary>The hold was lifted (G6): the request waits for the erasure job again.</summary>
    public void Resume()
    {
        if (Status == DeletionStatus.OnHold)
        {
            Status = DeletionStatus.Received;
        }
    }

    /// <summary>
    /// The erasure committed with <paramref name="certificate"/>, which holds what the database scan found inside the
    /// erasure's transaction; the files go after the commit, and <see cref="Complete"/> adds what the store still holds.
    /// </summary>
    public void MarkErased(DeletionCertificate certificate, byte[] sealedVerificationValues)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException("Only a pending deletion can be erased.");
        }

        Status = DeletionStatus.Erased;
        ErasedAt = certificate.IssuedAt;
        Certificate = certificate;
        SealedVerificationValues = sealedVerificationValues;
    }

    /// <summary>Adds what was found after the commit and what the raw scan read; the sealed values go.</summary>
    public void Complete(IEnumerable<string> findings, IEnumerable<string> scanned, DateTimeOffset now)
    {
        if (Status != DeletionStatus.Erased || Certificate is null)
        {
            throw new InvalidOperationException("Only an erased subject can be certified.");
        }

        Certificate.AddFindings(findings, scanned, now);
        SealedVerificationValues = null;
        Status = DeletionStatus.Completed;
        CompletedAt = now;
    }
}
