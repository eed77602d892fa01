namespace Pixyer.Application.Features.Inquiries;

/// <summary>An image sent with a message; read once, up to the upload limit.</summary>
public sealed record InquiryImage(string? FileName, Stream Content);
