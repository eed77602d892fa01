using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Uploads.DeleteMyUpload;

/// <summary>
/// Obligation C2: the caller deletes one of their uploads: its row, then (once that is committed) its image and
/// thumbnail files. Another person's id answers 404.
/// </summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.Uploads)]
public sealed record DeleteMyUploadCommand(Guid Id) : ICommand;
