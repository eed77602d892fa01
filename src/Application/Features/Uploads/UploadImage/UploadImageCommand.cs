using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Uploads.UploadImage;

/// <summary>
/// Obligation C2: a signed-in person uploads a product photo. Only the bytes decide what it is; it is kept
/// re-encoded, upright and without metadata, with a thumbnail, under the owner's group of the file store.
/// </summary>
/// <param name="FileName">The name the client sent, if any; kept only sanitized.</param>
/// <param name="Content">The file's bytes; read once, up to the configured limit.</param>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.Uploads)]
public sealed record UploadImageCommand(string? FileName, Stream Content) : ICommand<UploadSummary>
{
    public override string ToString() => nameof(UploadImageCommand);
}
