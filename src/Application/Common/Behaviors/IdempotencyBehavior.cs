using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Idempotency;

namespace Pixyer.Application.Common.Behaviors;

/// <summary>
/// For commands that opt in (<see cref="IIdempotentCommand"/>): the same <c>Idempotency-Key</c> with the same body
/// replays the stored response; with another body it is refused (422). The response is stored by the unit of
/// work in the command's transaction, so a crash can neither lose it nor run the command twice.
/// </summary>
public sealed class IdempotencyBehavior<TMessage, TResponse>(
    IAppDbContext db,
    ICurrentActor actor,
    IRequestContext request,
    IKeyedHasher hasher,
    PendingIdempotency pending)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, ICommand<TResponse>, IIdempotentCommand
{
    public const int MaxKeyLength = 255;

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (request.IdempotencyKey is not { } key)
        {
            return await next(message, cancellationToken);
        }

        if (key.Length is 0 or > MaxKeyLength)
        {
            throw new ValidationException(
                [new ValidationFailure("Idempotency-Key", $"The Idempotency-Key header must be 1 to {MaxKeyLength} characters.")]);
        }

        var entry = new PendingIdempotency.Entry(
            actor.AccountId?.Value ?? Guid.Empty,
            key,
            RequestDescriptor<TMessage>.Name,
            hasher.Hash(JsonSerializer.Serialize(message, JsonSerializerOptions.Web)));
        if (await FindAsync(entry, cancellationToken) is { } stored)
        {
            return Replay(entry, stored);
        }

        pending.Current = entry;
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception)
        {
            // A concurrent request with the same key may have committed first (this one then fails on a
            // uniqueness check or index): answer as it did.
            var winner = await FindAsync(entry, CancellationToken.None);
            if (winner is null)
            {
                throw;
            }

            return Replay(entry, winner);
        }
        finally
        {
            pending.Current = null;
        }
    }

    private Task<IdempotencyRecord?> FindAsync(PendingIdempotency.Entry entry, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ScopeId == entry.ScopeId && r.Key == entry.Key, cancellationToken);

    private TResponse Replay(PendingIdempotency.Entry entry, IdempotencyRecord stored)
    {
        if (stored.RequestName != entry.RequestName || stored.RequestHash != entry.RequestHash)
        {
            throw new IdempotencyKeyReusedException();
        }

        request.IsReplay = true;
        return JsonSerializer.Deserialize<TResponse>(stored.ResponseJson, JsonSerializerOptions.Web)!;
    }
}
