using Mediator;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Features.Uploads.GetUploadFile;

namespace Pixyer.Application.Features.Inquiries.GetInquiryAttachmentForStaff;

public sealed class GetInquiryAttachmentForStaffQueryHandler(InquiryThreads threads, IFileReader files)
    : IQueryHandler<GetInquiryAttachmentForStaffQuery, UploadFile>
{
    public async ValueTask<UploadFile> Handle(GetInquiryAttachmentForStaffQuery query, CancellationToken cancellationToken) =>
        await files.OpenAsync(await threads.StaffsAsync(query.Id, tracked: false, cancellationToken), query.MessageId, cancellationToken);
}
