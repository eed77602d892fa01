namespace Pixyer.Domain.Inquiries;

/// <summary>An image added to a message, re-encoded without metadata and kept in the requester's group of the file store.</summary>
public sealed record InquiryAttachment(string FileKey, string ContentType);
