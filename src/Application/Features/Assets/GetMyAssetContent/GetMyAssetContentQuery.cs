using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Assets.GetMyAssetContent;

/// <summary>Obligation C3: the image of one of the caller's assets, to download; another person's id answers 404.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.GeneratedAssets)]
public sealed record GetMyAssetContentQuery(Guid Id) : IQuery<AssetContent>;

/// <summary>The image, open for reading; whoever sends it disposes <paramref name="Content"/>.</summary>
public sealed record AssetContent(Stream Content, string ContentType, string Sha256);
