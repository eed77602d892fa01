using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Inquiries.ReplyToInquiry;

public sealed class ReplyToInquiryCommandHandler(
    IAppDbContext db,
    ICurrentActor actor,
    InquiryThreads threads,
    InquiryAttachments attachments,
    InquiryTokens tokens,
    IOutbox outbox,
    IOptions<PixyerOptions> options,
    TimeProvider clock)
    : ICommandHandler<ReplyToInquiryCommand, InquiryDto>
{
    public async ValueTask<InquiryDto> Handle(ReplyToInquiryCommand command, CancellationToken cancellationToken)
    {
        var staff = actor.RequiredAccountId;
        var inquiry = await threads.StaffsAsync(command.Id, tracked: true, cancellationToken);
        var attachment = await attachments.StoreAsync(inquiry, command.Image, cancellationToken);
        var now = clock.GetUtcNow();
        inquiry.AddStaffMessage(staff, command.Text, command.VerificationQuestion, attachment, now);
        if (inquiry.RequesterId is { } requester)
        {
            var address = await db.Accounts.Where(a => a.Id == requester).Select(a => a.Email).SingleOrDefaultAsync(cancellationToken);
            if (address is not null)
            {
                outbox.EnqueueEmail(InquiryMails.Replied(inquiry, address, null, options.Value.PublicBaseUrl), requester.Value);
            }
        }
        else
        {
            outbox.EnqueueEmail(InquiryMails.Replied(inquiry, inquiry.RequesterEmail!, tokens.For(inquiry.Id), options.Value.PublicBaseUrl), null);
        }

        return InquiryDto.Of(inquiry, now);
    }
}
