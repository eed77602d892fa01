using FluentValidation;
using Pixyer.Domain.Policies;

namespace Pixyer.Application.Features.Policies.GetPolicyVersion;

public sealed class GetPolicyVersionQueryValidator : AbstractValidator<GetPolicyVersionQuery>
{
    public GetPolicyVersionQueryValidator() =>
        RuleFor(q => q.Version).MaximumLength(PolicyVersion.VersionMaxLength);
}
