using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Surveys.ListOpenSurveys;

/// <summary>
/// Obligation C6: the surveys open now, soonest closing first, a page at a time, each saying whether the caller already answered it.
/// Answering is always optional: no other request of Pixyer needs a response.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.Consent, DataCategory.Surveys)]
public sealed record ListOpenSurveysQuery(PageRequest Page) : IQuery<Paged<OpenSurvey>>;

public sealed record OpenSurvey(SurveyDto Survey, bool Answered);
