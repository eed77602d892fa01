using FluentValidation;

namespace Pixyer.Application.Features.Audit.GetInclusionProof;

public sealed class GetAuditInclusionProofQueryValidator : AbstractValidator<GetAuditInclusionProofQuery>
{
    public GetAuditInclusionProofQueryValidator()
    {
        RuleFor(q => q.Sequence).InclusiveBetween(1, long.MaxValue).WithMessage("'sequence' starts at 1.");
        RuleFor(q => q.TreeSize).InclusiveBetween(1, long.MaxValue).GreaterThanOrEqualTo(q => q.Sequence).When(q => q.TreeSize is not null)
            .WithMessage("'treeSize' must cover the entry: at least its sequence.");
    }
}
