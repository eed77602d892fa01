using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Surveys.ListOpenSurveys;

public sealed class ListOpenSurveysQueryValidator : AbstractValidator<ListOpenSurveysQuery>
{
    public ListOpenSurveysQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
