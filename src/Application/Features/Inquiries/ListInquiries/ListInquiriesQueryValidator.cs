using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries.ListInquiries;

public sealed class ListInquiriesQueryValidator : AbstractValidator<ListInquiriesQuery>
{
    public ListInquiriesQueryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.Status)
            .Must(s => WireNames.TryParse<InquiryStatus>(s, out _))
            .When(q => q.Status is not null)
            .WithMessage($"status is one of: {string.Join(", ", WireNames.All<InquiryStatus>())}.");
    }
}
