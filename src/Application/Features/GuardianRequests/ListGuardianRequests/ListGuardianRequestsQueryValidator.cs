using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests.ListGuardianRequests;

public sealed class ListGuardianRequestsQueryValidator : AbstractValidator<ListGuardianRequestsQuery>
{
    public ListGuardianRequestsQueryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.Status)
            .Must(s => WireNames.TryParse<GuardianRequestStatus>(s, out _))
            .When(q => q.Status is not null)
            .WithMessage($"status is one of: {string.Join(", ", WireNames.All<GuardianRequestStatus>())}.");
    }
}
