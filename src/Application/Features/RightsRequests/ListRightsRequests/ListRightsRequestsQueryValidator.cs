using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.RightsRequests.ListRightsRequests;

public sealed class ListRightsRequestsQueryValidator : AbstractValidator<ListRightsRequestsQuery>
{
    public ListRightsRequestsQueryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.Kind)
            .Must(k => WireNames.TryParse<RightsRequestKind>(k, out _))
            .When(q => q.Kind is not null)
            .WithMessage($"kind is one of: {string.Join(", ", WireNames.All<RightsRequestKind>())}.");
    }
}
