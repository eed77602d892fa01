using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Uploads.GetMyUpload;

/// <summary>Obligation C2: one of the caller's uploads; another person's answers 404.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.Uploads)]
public sealed record GetMyUploadQuery(Guid Id) : IQuery<UploadSummary>;
