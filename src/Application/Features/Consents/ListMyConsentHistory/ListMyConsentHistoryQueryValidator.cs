using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Consents.ListMyConsentHistory;

public sealed class ListMyConsentHistoryQueryValidator : AbstractValidator<ListMyConsentHistoryQuery>
{
    public ListMyConsentHistoryQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
