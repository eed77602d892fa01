using FluentValidation;

namespace Pixyer.Application.Features.Deletion.GetDeletionRequest;

public sealed class GetDeletionRequestQueryValidator : AbstractValidator<GetDeletionRequestQuery>
{
    public GetDeletionRequestQueryValidator() => RuleFor(q => q.Token).NotEmpty().MaximumLength(128);
}
