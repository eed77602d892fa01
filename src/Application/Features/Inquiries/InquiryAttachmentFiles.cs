using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Features.Uploads.GetUploadFile;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries;

public static class InquiryAttachmentFiles
{
    /// <summary>The image of one message of a thread the caller may read; a message of another thread, or without an image, answers 404.</summary>
    public static async Task<UploadFile> OpenAsync(this IFileReader files, Inquiry inquiry, Guid messageId, CancellationToken cancellationToken)
    {
        var message = inquiry.Messages.FirstOrDefault(m => m.Id == new InquiryMessageId(messageId) && m.AttachmentKey is not null)
                      ?? throw new NotFoundException("attachment");
        var content = await files.OpenReadAsync(message.AttachmentKey!, cancellationToken) ?? throw new NotFoundException("attachment's file");
        return new UploadFile(content, message.AttachmentContentType!);
    }
}
