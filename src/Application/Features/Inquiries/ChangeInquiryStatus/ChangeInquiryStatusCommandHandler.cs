using Mediator;
using Pixyer.Application.Common;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries.ChangeInquiryStatus;

public sealed class ChangeInquiryStatusCommandHandler(InquiryThreads threads, TimeProvider clock)
    : ICommandHandler<ChangeInquiryStatusCommand, InquirySummaryDto>
{
    public async ValueTask<InquirySummaryDto> Handle(ChangeInquiryStatusCommand command, CancellationToken cancellationToken)
    {
        var inquiry = await threads.StaffsAsync(command.Id, tracked: true, cancellationToken);
        var now = clock.GetUtcNow();
        inquiry.MoveTo(WireNames.Parse<InquiryStatus>(command.Status), now);
        return InquirySummaryDto.Of(inquiry, now);
    }
}
