using System.Text.Json;
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
/// replays the stored response; with another body it is refused (422). The response is stored by
/// <see cref="IdempotencyRecordStep"/> in the command's transaction, so a crash can neither lose it nor run the
/// command twice.
/// </summary>
public sealed class IdempotencyBehavior<TMessage, TResponse>(
    IAppDbContext db,
    ICurrentActor actor,
    IRequestContext request,
    IKeyedHasher hasher)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, ICommand<TResponse>, IIdempotentCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (IdempotentRequest.Of(message, actor, request, hasher) is not { } key)
        {
            return await next(message, cancellationToken);
        }

        if (await FindAsync(key, cancellationToken) is { } stored)
        {
            return Replay(key, stored);
        }

        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception)
        {
            // A concurrent request with the same key may have committed first (this one then fails on a
            // uniqueness check or index): answer as it did.
            var winner = await FindAsync(key, CancellationToken.None);
            if (winner is null)
            {
                throw;
            }

            return Replay(key, winner);
        }
    }

    private Task<IdempotencyRecord?> FindAsync(IdempotentRequest key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ScopeId == key.ScopeId && r.Key == key.Key, cancellationToken);

    private TResponse Replay(IdempotentRequest key, IdempotencyRecord stored)
    {
        if (stored.RequestName != key.RequestName || stored.RequestHash != key.RequestHash)
        {
            throw new IdempotencyKeyReusedException();
        }

        request.IsReplay = true;
        return JsonSerializer.Deserialize<TResponse>(stored.ResponseJson, JsonSerializerOptions.Web)!;
    }
}
