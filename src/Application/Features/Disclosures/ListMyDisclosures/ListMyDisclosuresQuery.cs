using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Disclosures.ListMyDisclosures;

/// <summary>Obligation S3: "who has my data": every disclosure of the caller's data, newest first.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Disclosures)]
public sealed record ListMyDisclosuresQuery(PageRequest Page) : IQuery<Paged<DisclosureDto>>;
