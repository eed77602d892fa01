using Pixyer.Domain.Common;

namespace Pixyer.Domain.Idempotency;

/// <summary>
/// The stored outcome of a command sent with an <c>Idempotency-Key</c>: a retry with the same key and body
/// replays it instead of running the command again. Kept for 24 hours.
/// </summary>
public sealed class IdempotencyRecord
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private IdempotencyRecord()
    {
    }

    public IdempotencyRecordId Id { get; private set; }

    /// <summary>Who sent the key: an account id, or <see cref="Guid.Empty"/> for anonymous requests.</summary>
    public Guid ScopeId { get; private set; }

    public string Key { get; private set; } = "";

    public string RequestName { get; private set; } = "";

    /// <summary>SHA-256 of the request as sent; the request itself (it may hold a password) is never stored.</summary>
    public string RequestHash { get; private set; } = "";

    /// <summary>The person the response is about, so that erasure can find the record.</summary>
    public Guid? SubjectId { get; private set; }

    [PersonalData]
    public string ResponseJson { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static IdempotencyRecord Create(
        Guid scopeId, string key, string requestName, string requestHash, Guid? subjectId, string responseJson, DateTimeOffset now) =>
        new()
        {
            Id = IdempotencyRecordId.New(),
            ScopeId = scopeId,
            Key = key,
            RequestName = requestName,
            RequestHash = requestHash,
            SubjectId = subjectId,
            ResponseJson = responseJson,
            CreatedAt = now,
        };
}
