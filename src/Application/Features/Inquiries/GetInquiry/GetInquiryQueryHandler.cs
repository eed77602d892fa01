using Mediator;

namespace Pixyer.Application.Features.Inquiries.GetInquiry;

public sealed class GetInquiryQueryHandler(InquiryThreads threads, TimeProvider clock) : IQueryHandler<GetInquiryQuery, InquiryDto>
{
    public async ValueTask<InquiryDto> Handle(GetInquiryQuery query, CancellationToken cancellationToken) =>
        InquiryDto.Of(await threads.RequestersAsync(query.Id, query.Token, tracked: false, cancellationToken), clock.GetUtcNow());
}
