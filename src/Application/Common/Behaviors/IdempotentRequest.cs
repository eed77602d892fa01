using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Common.Behaviors;

/// <summary>
/// The <c>Idempotency-Key</c> an idempotent command came with, and what it is stored under: the caller, the key, the
/// command's name and a keyed hash of its body. Read from the request and the message alone, so that the
/// idempotency behavior and the record step find the same key without one handing it to the other.
/// </summary>
public sealed record IdempotentRequest(Guid ScopeId, string Key, string RequestName, string RequestHash)
{
    public const int MaxKeyLength = 255;

    /// <summary>The key of an idempotent command sent with one; null for any other request.</summary>
    public static IdempotentRequest? Of<TMessage>(TMessage message, ICurrentActor actor, IRequestContext request, IKeyedHasher hasher)
        where TMessage : notnull
    {
        if (!RequestDescriptor<TMessage>.IsIdempotent || request.IdempotencyKey is not { } key)
        {
            return null;
        }

        if (key.Length is 0 or > MaxKeyLength)
        {
            throw new ValidationException(
                [new ValidationFailure("Idempotency-Key", $"The Idempotency-Key header must be 1 to {MaxKeyLength} characters.")]);
        }

        return new IdempotentRequest(
            actor.AccountId?.Value ?? Guid.Empty,
            key,
            RequestDescriptor<TMessage>.Name,
            hasher.Hash(JsonSerializer.Serialize(message, JsonSerializerOptions.Web)));
    }
}
