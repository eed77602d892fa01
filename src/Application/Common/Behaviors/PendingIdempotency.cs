namespace Pixyer.Application.Common.Behaviors;

/// <summary>
/// The idempotency key of the command being handled, handed from the idempotency behavior to the unit of work,
/// which stores the response under it in the command's own transaction.
/// </summary>
public sealed class PendingIdempotency
{
    public sealed record Entry(Guid ScopeId, string Key, string RequestName, string RequestHash);

    public Entry? Current { get; set; }
}
