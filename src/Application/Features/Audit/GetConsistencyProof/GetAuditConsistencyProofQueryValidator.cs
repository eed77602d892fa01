using FluentValidation;

namespace Pixyer.Application.Features.Audit.GetConsistencyProof;

public sealed class GetAuditConsistencyProofQueryValidator : AbstractValidator<GetAuditConsistencyProofQuery>
{
    public GetAuditConsistencyProofQueryValidator()
    {
        RuleFor(q => q.From).InclusiveBetween(1, long.MaxValue).WithMessage("'from' is a checkpoint's tree size: 1 or more.");
        RuleFor(q => q.To).InclusiveBetween(1, long.MaxValue).GreaterThanOrEqualTo(q => q.From).When(q => q.To is not null)
            .WithMessage("'to' must not be smaller than 'from'.");
    }
}
