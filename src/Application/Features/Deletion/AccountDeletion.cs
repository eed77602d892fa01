using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Consents;
using Pixyer.Application.Features.Sessions;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Deletion;

/// <summary>
/// Opens the deletion of an account, whoever asked (G2, G5, A2): the account is deactivated at once (no login, no
/// session, every consent withdrawn so no marketing is sent and queued work is cancelled, every
/// <see cref="IAccountClosureStep"/> run: no subscription renews), the request and its
/// 30-day deadline are recorded, and the holder is mailed the request id and the token that reads the certificate.
/// The erasure itself is the erasure job's.
/// </summary>
public sealed class AccountDeletion(
    IAppDbContext db,
    ISubjectLocks locks,
    ConsentLedger consents,
    IEnumerable<IAccountClosureStep> closureSteps,
    ISecretTokens tokens,
    IOutbox outbox,
    IOptions<PixyerOptions> options,
    TimeProvider clock)
{
    /// <summary>
    /// <paramref name="requestId"/> is the rights request it answers: a new one, or the guardian request whose
    /// deadline it shares. Returns the request and its certificate token, which is stored only as a hash. 409 when
    /// the account's deletion is already under way.
    /// </summary>
    public async Task<OpenedDeletion> OpenAsync(Account account, DeletionOrigin origin, DeletionRequestId requestId, CancellationToken cancellationToken)
    {
        await locks.LockAsync("deletion", account.Id.Value, cancellationToken);
        if (await db.DeletionRequests.AnyAsync(d => d.SubjectId == account.Id && d.Status != DeletionStatus.Completed, cancellationToken))
        {
            throw new ConflictException("This account's deletion is already under way.");
        }

        var now = clock.GetUtcNow();
        account.Deactivate(now);
        await SessionRevocation.RevokeAllAsync(db, account.Id, keep: null, now, cancellationToken);
        await WithdrawConsentsAsync(account.Id, cancellationToken);
        foreach (var step in closureSteps)
        {
            await step.CloseAsync(account.Id, cancellationToken);
        }

        var token = tokens.Generate();
        var request = DeletionRequest.Receive(requestId, account.Id, origin, tokens.Hash(token), now);
        db.DeletionRequests.Add(request);
        var deadline = await db.RightsRequests.FindAsync([RightsRequestId.Tracking(requestId)], cancellationToken);
        if (deadline is null)
        {
            deadline = RightsRequest.Open(RightsRequestId.Tracking(requestId), RightsRequestKind.Deletion, account.Id, now);
            db.RightsRequests.Add(deadline);
        }

        deadline.IdentifySubject(account.Id);
        outbox.EnqueueEmail(Mail(account, request, token, deadline.DueAt), account.Id.Value);
        return new OpenedDeletion(request, token, deadline.DueAt);
    }

    private async Task WithdrawConsentsAsync(AccountId account, CancellationToken cancellationToken)
    {
        foreach (var (purpose, consent) in await consents.CurrentAsync(new ConsentSubject(account, null), cancellationToken))
        {
            if (consent.Granted)
            {
                await consents.RecordAsync(new ConsentSubject(account, null), purpose, false, ConsentChannel.AccountDeletion, cancellationToken);
            }
        }
    }

    private EmailMessage Mail(Account account, DeletionRequest request, string token, DateTimeOffset dueAt) =>
        new(
            account.Email,
            "Your Pixyer account is being deleted",
            $"""
             Hello {account.Username},

             {Reason(request.Origin)} Your account is closed as of now: you can no longer sign in, and we send you
             no more mail after this one.

             Within days, and at the latest by {dueAt:yyyy-MM-dd}, all your personal data and files are erased. What the
             law makes us keep (the record of account operations) stays, with nothing in it that names you.

             Once it is done, the deletion certificate says what was erased, what was kept and why.
             {DeletionLinks.ReadingInstructions(options.Value.PublicBaseUrl, request.Id.Value, token)}

             Keep this mail: we cannot send the token again, as nothing will be left to send it to.
             """);

    private static string Reason(DeletionOrigin origin) => origin switch
    {
        DeletionOrigin.Holder => "You asked us to delete your Pixyer account.",
        DeletionOrigin.Staff => "Our support team is deleting your Pixyer account, as you asked them to.",
        _ => "A guardian asked us to delete your Pixyer account, and we verified the request.",
    };
}

public sealed record OpenedDeletion(DeletionRequest Request, string Token, DateTimeOffset DueAt)
{
    public override string ToString() => $"{nameof(OpenedDeletion)} {{ RequestId = {Request?.Id} }}";
}
