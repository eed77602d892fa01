using Mediator;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Features.Uploads.GetUploadFile;

namespace Pixyer.Application.Features.Inquiries.GetInquiryAttachment;

public sealed class GetInquiryAttachmentQueryHandler(InquiryThreads threads, IFileReader files) : IQueryHandler<GetInquiryAttachmentQuery, UploadFile>
{
    public async ValueTask<UploadFile> Handle(GetInquiryAttachmentQuery query, CancellationToken cancellationToken) =>
        await files.OpenAsync(await threads.RequestersAsync(query.Id, query.Token, tracked: false, cancellationToken), query.MessageId, cancellationToken);
}
