using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Application.Features.LegalRequests.ListLegalRequests;

public sealed class ListLegalRequestsQueryValidator : AbstractValidator<ListLegalRequestsQuery>
{
    public ListLegalRequestsQueryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.Status)
            .Must(s => WireNames.TryParse<LegalRequestStatus>(s, out _))
            .When(q => q.Status is not null)
            .WithMessage($"status is one of: {string.Join(", ", WireNames.All<LegalRequestStatus>())}.");
    }
}
