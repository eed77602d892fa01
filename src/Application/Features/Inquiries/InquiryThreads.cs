using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries;

/// <summary>
/// Loads a thread with its messages and deadline. Its requester reaches it signed in or with the mailed token; anyone
/// else, or a wrong token, gets 404 as if it did not exist. Staff reach only threads that are in their queue.
/// </summary>
public sealed class InquiryThreads(IAppDbContext db, ICurrentActor actor, InquiryTokens tokens)
{
    public async Task<Inquiry> RequestersAsync(Guid id, string? token, bool tracked, CancellationToken cancellationToken)
    {
        var inquiry = await LoadAsync(id, tracked, cancellationToken);
        var signedIn = inquiry?.RequesterId is { } requester && requester == actor.AccountId;
        return inquiry is not null && (signedIn || tokens.Opens(inquiry.Id, token)) ? inquiry : throw new NotFoundException("inquiry");
    }

    public async Task<Inquiry> StaffsAsync(Guid id, bool tracked, CancellationToken cancellationToken) =>
        await LoadAsync(id, tracked, cancellationToken) is { ReachesStaff: true } inquiry ? inquiry : throw new NotFoundException("inquiry");

    private Task<Inquiry?> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var inquiries = tracked ? db.Inquiries : db.Inquiries.AsNoTracking();
        return inquiries.Include(i => i.Messages).Include(i => i.Deadline).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == new InquiryId(id), cancellationToken);
    }
}
