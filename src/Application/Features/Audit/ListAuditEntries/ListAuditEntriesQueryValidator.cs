using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Audit.ListAuditEntries;

public sealed class ListAuditEntriesQueryValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesQueryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}
