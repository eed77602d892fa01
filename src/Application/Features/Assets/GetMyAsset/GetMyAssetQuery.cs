using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Assets.GetMyAsset;

/// <summary>Obligation C3: one of the caller's assets; another person's id answers 404.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.GeneratedAssets)]
public sealed record GetMyAssetQuery(Guid Id) : IQuery<AssetDto>;
