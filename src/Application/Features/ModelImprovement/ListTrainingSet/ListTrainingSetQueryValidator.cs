using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.ModelImprovement.ListTrainingSet;

public sealed class ListTrainingSetQueryValidator : AbstractValidator<ListTrainingSetQuery>
{
    public ListTrainingSetQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
