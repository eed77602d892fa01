using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Audit.ListAuditCheckpoints;

public sealed class ListAuditCheckpointsQueryValidator : AbstractValidator<ListAuditCheckpointsQuery>
{
    public ListAuditCheckpointsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
