using Mediator;

namespace Pixyer.Application.Features.Inquiries.PostInquiryMessage;

public sealed class PostInquiryMessageCommandHandler(InquiryThreads threads, InquiryAttachments attachments, TimeProvider clock)
    : ICommandHandler<PostInquiryMessageCommand, InquiryDto>
{
    public async ValueTask<InquiryDto> Handle(PostInquiryMessageCommand command, CancellationToken cancellationToken)
    {
        var inquiry = await threads.RequestersAsync(command.Id, command.Token, tracked: true, cancellationToken);
        var attachment = await attachments.StoreAsync(inquiry, command.Image, cancellationToken);
        var now = clock.GetUtcNow();
        inquiry.AddCustomerMessage(command.Text, attachment, now);
        return InquiryDto.Of(inquiry, now);
    }
}
