using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Assets.ListMyAssets;

/// <summary>Obligation C3: the caller's generated assets, newest first, optionally only those made from one upload.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.GeneratedAssets)]
public sealed record ListMyAssetsQuery(Guid? UploadId, PageRequest Page) : IQuery<Paged<AssetDto>>;
