using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Surveys.ListMySurveyResponses;

public sealed class ListMySurveyResponsesQueryValidator : AbstractValidator<ListMySurveyResponsesQuery>
{
    public ListMySurveyResponsesQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
