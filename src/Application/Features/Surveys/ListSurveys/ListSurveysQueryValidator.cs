using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Surveys.ListSurveys;

public sealed class ListSurveysQueryValidator : AbstractValidator<ListSurveysQuery>
{
    public ListSurveysQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
