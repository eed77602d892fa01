using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.RightsRequests.ExtendRightsRequest;

public sealed class ExtendRightsRequestCommandHandler(IAppDbContext db, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<ExtendRightsRequestCommand, RightsRequestDto>
{
    public async ValueTask<RightsRequestDto> Handle(ExtendRightsRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await db.RightsRequests.FirstOrDefaultAsync(r => r.Id == new RightsRequestId(command.Id), cancellationToken)
                      ?? throw new NotFoundException("rights request");
        var now = clock.GetUtcNow();
        // Clamped so that an absurd number of days reaches the rule (which refuses it) rather than overflowing.
        request.Extend(TimeSpan.FromDays(Math.Clamp(command.Days, 0, RightsRequest.MaxExtension.Days + 1)), command.Reason, now);
        if (await RequesterAsync(request, cancellationToken) is { } requester)
        {
            outbox.EnqueueEmail(Mail(requester, request), requester.SubjectId);
        }

        return RightsRequestDto.Of(request, now);
    }

    /// <summary>Who asked: the guardian of a guardian request, else the account holder while the account exists.</summary>
    private async Task<Requester?> RequesterAsync(RightsRequest request, CancellationToken cancellationToken)
    {
        if (request.Kind == RightsRequestKind.Guardian)
        {
            return await db.GuardianRequests.AsNoTracking()
                .Where(g => g.Id == new GuardianRequestId(request.Id.Value))
                .Select(g => new Requester(g.GuardianName, g.GuardianEmail, null))
                .SingleOrDefaultAsync(cancellationToken);
        }

        if (request.SubjectId is not { } subject)
        {
            return null;
        }

        return await db.Accounts.AsNoTracking()
            .Where(a => a.Id == subject)
            .Select(a => new Requester(a.Username, a.Email, a.Id.Value))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private static EmailMessage Mail(Requester requester, RightsRequest request) =>
        new(
            requester.Email,
            "We need more time to answer your request",
            $"""
             Hello {requester.Name},

             we need more time to answer your {Describe(request.Kind)} (request id {request.Id}). We will answer by
             {request.DueAt:yyyy-MM-dd} at the latest, because:

             {request.ExtensionReason}
             """);

    private static string Describe(RightsRequestKind kind) => kind switch
    {
        RightsRequestKind.Export => "request for a copy of your data",
        RightsRequestKind.Deletion => "request to delete your account",
        RightsRequestKind.Correction => "request to correct your data",
        RightsRequestKind.Inquiry => "inquiry",
        _ => "request to delete a minor's data",
    };

    private sealed record Requester(string Name, string Email, Guid? SubjectId);
}
