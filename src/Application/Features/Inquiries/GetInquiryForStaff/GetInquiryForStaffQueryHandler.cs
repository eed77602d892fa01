using Mediator;

namespace Pixyer.Application.Features.Inquiries.GetInquiryForStaff;

public sealed class GetInquiryForStaffQueryHandler(InquiryThreads threads, TimeProvider clock) : IQueryHandler<GetInquiryForStaffQuery, StaffInquiryDto>
{
    public async ValueTask<StaffInquiryDto> Handle(GetInquiryForStaffQuery query, CancellationToken cancellationToken) =>
        StaffInquiryDto.Of(await threads.StaffsAsync(query.Id, tracked: false, cancellationToken), clock.GetUtcNow());
}
