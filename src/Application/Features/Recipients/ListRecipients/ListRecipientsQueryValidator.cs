using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Recipients.ListRecipients;

public sealed class ListRecipientsQueryValidator : AbstractValidator<ListRecipientsQuery>
{
    public ListRecipientsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
