using FluentValidation;

namespace Pixyer.Application.Features.Sessions.GetCurrentSession;

public sealed class GetCurrentSessionQueryValidator : AbstractValidator<GetCurrentSessionQuery>
{
    public GetCurrentSessionQueryValidator() => RuleFor(q => q.SessionToken).NotEmpty();
}
