using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features.Assets.GetMyAssetContent;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Showcases.GetShowcaseImage;

/// <summary>Obligation D1: the image of a published showcase, to anyone; once it is unpublished, 404.</summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.Marketing, LegalBasis.Consent, DataCategory.GeneratedAssets)]
[ConsentOfSubjects(ConsentPurpose.PublicDisclosure)]
public sealed record GetShowcaseImageQuery(Guid Id) : IQuery<AssetContent>;
