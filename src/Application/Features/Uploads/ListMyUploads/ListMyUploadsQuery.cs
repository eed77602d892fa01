using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Uploads.ListMyUploads;

/// <summary>Obligation C2: the caller's uploads, newest first.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.Uploads)]
public sealed record ListMyUploadsQuery(PageRequest Page) : IQuery<Paged<UploadSummary>>;
