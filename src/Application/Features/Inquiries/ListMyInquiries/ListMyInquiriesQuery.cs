using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Inquiries.ListMyInquiries;

/// <summary>Obligation C7: the inquiries the caller wrote signed in, newest first.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Inquiries)]
public sealed record ListMyInquiriesQuery(PageRequest Page) : IQuery<Paged<InquirySummaryDto>>;
