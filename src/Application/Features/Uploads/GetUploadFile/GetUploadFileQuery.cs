using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Uploads.GetUploadFile;

public enum UploadFileKind
{
    /// <summary>The stored, metadata-free image.</summary>
    Image,

    /// <summary>Its thumbnail (WebP, at most 320 pixels on the longer side).</summary>
    Thumbnail,
}

/// <summary>Obligation C2: the bytes of one of the caller's uploads, or of its thumbnail; another person's answers 404.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.Uploads)]
public sealed record GetUploadFileQuery(Guid Id, UploadFileKind Kind) : IQuery<UploadFile>;

/// <summary>An open stream the caller disposes (the endpoint hands it to the response).</summary>
public sealed record UploadFile(Stream Content, string ContentType);
