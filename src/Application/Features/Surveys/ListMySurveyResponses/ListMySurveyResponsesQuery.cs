using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Surveys.ListMySurveyResponses;

/// <summary>Obligation C6: the caller's survey responses with their answers, newest first, a page at a time.</summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.Consent, DataCategory.Surveys)]
public sealed record ListMySurveyResponsesQuery(PageRequest Page) : IQuery<Paged<SurveyResponseDto>>;
