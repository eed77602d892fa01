using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Contacts.ListMyContacts;

public sealed class ListMyContactsQueryValidator : AbstractValidator<ListMyContactsQuery>
{
    public ListMyContactsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
