using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Showcases.ListShowcases;

/// <summary>Obligation D1: the published showcases, newest first, to anyone; each rests on its owner's authorization.</summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.Marketing, LegalBasis.Consent, DataCategory.GeneratedAssets)]
[ConsentOfSubjects(ConsentPurpose.PublicDisclosure)]
public sealed record ListShowcasesQuery(PageRequest Page) : IQuery<Paged<ShowcaseDto>>;
