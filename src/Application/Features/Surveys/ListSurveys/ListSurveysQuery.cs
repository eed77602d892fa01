using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Surveys.ListSurveys;

/// <summary>
/// Obligation C6: the surveys staff defined, newest window first, a page at a time, each with how many people answered it. Staff see
/// counts only, never whose or which answers.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.Consent, DataCategory.Surveys)]
public sealed record ListSurveysQuery(PageRequest Page) : IQuery<Paged<SurveySummary>>;

public sealed record SurveySummary(SurveyDto Survey, int Responses);
