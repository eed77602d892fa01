using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Inquiries.ListMyInquiries;

public sealed class ListMyInquiriesQueryValidator : AbstractValidator<ListMyInquiriesQuery>
{
    public ListMyInquiriesQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
