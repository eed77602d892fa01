using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Disclosures.ListSubjectDisclosures;

public sealed class ListSubjectDisclosuresQueryValidator : AbstractValidator<ListSubjectDisclosuresQuery>
{
    public ListSubjectDisclosuresQueryValidator()
    {
        RuleFor(q => q.SubjectId).NotEmpty().WithMessage("subjectId is required: disclosures are listed per subject.");
        RuleFor(q => q.Page).ValidPage();
    }
}
