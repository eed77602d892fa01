using Mediator;
using Microsoft.Extensions.Options;

namespace Pixyer.Application.Features.Inquiries.VerifyInquiryEmail;

public sealed class VerifyInquiryEmailCommandHandler(InquiryThreads threads, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<VerifyInquiryEmailCommand, InquiryDto>
{
    public async ValueTask<InquiryDto> Handle(VerifyInquiryEmailCommand command, CancellationToken cancellationToken)
    {
        var inquiry = await threads.RequestersAsync(command.Id, command.Token, tracked: true, cancellationToken);
        var now = clock.GetUtcNow();
        inquiry.VerifyEmail(options.Value.Inquiries.ResponsePeriodOf(inquiry.Kind), now);
        return InquiryDto.Of(inquiry, now);
    }
}
