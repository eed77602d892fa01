using FluentValidation;

namespace Pixyer.Application.Features.Audit.GetInclusionProof;

public sealed class GetAuditInclusionProofQueryValidator : AbstractValidator<GetAuditInclusionProofQuery>
{
    public GetAuditInclusionProofQueryValidator()
    {
        RuleFor(q => q.Sequence).GreaterThanOrEqualTo(1).WithMessage("'sequence' starts at 1.");
        RuleFor(q => q.TreeSize).GreaterThanOrEqualTo(q => q.Sequence).When(q => q.TreeSize is not null)
            .WithMessage("'treeSize' must cover the entry: at least its sequence.");
    }
}
