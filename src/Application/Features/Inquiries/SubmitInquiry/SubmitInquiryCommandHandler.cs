using Mediator;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries.SubmitInquiry;

public sealed class SubmitInquiryCommandHandler(
    IAppDbContext db, ICurrentActor actor, IOutbox outbox, InquiryTokens tokens, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<SubmitInquiryCommand, InquiryDto>
{
    public ValueTask<InquiryDto> Handle(SubmitInquiryCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var kind = WireNames.Parse<InquiryKind>(command.Kind);
        Inquiry inquiry;
        if (actor.AccountId is { } requester)
        {
            inquiry = Inquiry.FromAccount(requester, kind, command.Subject, command.Message, options.Value.Inquiries.ResponsePeriodOf(kind), now);
        }
        else
        {
            inquiry = Inquiry.FromAnonymous(command.Name!, command.Email!, kind, command.Subject, command.Message, now);
            // The requester is not an account: the mail names no subject.
            outbox.EnqueueEmail(InquiryMails.VerifyAddress(inquiry, tokens.For(inquiry.Id), options.Value.PublicBaseUrl), null);
        }

        db.Inquiries.Add(inquiry);
        return ValueTask.FromResult(InquiryDto.Of(inquiry, now));
    }
}
