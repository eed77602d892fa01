using FluentValidation;
using Pixyer.Application.Common.Validation;

namespace Pixyer.Application.Features.Admin.SetSubjectRoles;

public sealed class SetSubjectRolesCommandValidator : AbstractValidator<SetSubjectRolesCommand>
{
    public SetSubjectRolesCommandValidator()
    {
        RuleFor(c => c.SubjectId).NotEmpty();
        RuleFor(c => c.Roles).NotNull().MaximumCount(RoleNames.All.Count);
        RuleForEach(c => c.Roles).Must(RoleNames.IsKnown)
            .WithMessage($"Unknown role; the roles are: {string.Join(", ", RoleNames.All)}.");
    }
}
