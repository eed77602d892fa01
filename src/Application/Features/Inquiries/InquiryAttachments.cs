using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Features.Uploads;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries;

/// <summary>
/// An image attached to a message takes the uploads' safe path (<see cref="ImageIntake"/>) into the requester's group of
/// the file store, so it is encrypted under their key and erased with them. An anonymous requester has no such group:
/// their threads take words only.
/// </summary>
public sealed class InquiryAttachments(ImageIntake intake)
{
    public const string FileCategory = "inquiry-attachments";

    public async Task<InquiryAttachment?> StoreAsync(Inquiry inquiry, InquiryImage? image, CancellationToken cancellationToken)
    {
        if (image is null)
        {
            return null;
        }

        var owner = inquiry.RequesterId
                    ?? throw new RequestRefusedException(
                        "inquiry-attachment-needs-account", "Images can be attached to the inquiries of signed-in people only; describe it in words.");
        var ingested = await intake.IngestAsync(image.Content, cancellationToken);
        var stored = await intake.SaveAsync(owner, FileCategory, ingested.Image, cancellationToken);
        return new InquiryAttachment(stored.Key, ingested.Image.ContentType);
    }
}
