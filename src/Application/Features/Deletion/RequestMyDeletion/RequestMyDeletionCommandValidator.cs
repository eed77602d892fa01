using FluentValidation;

namespace Pixyer.Application.Features.Deletion.RequestMyDeletion;

public sealed class RequestMyDeletionCommandValidator : AbstractValidator<RequestMyDeletionCommand>
{
    public RequestMyDeletionCommandValidator() => RuleFor(c => c.Password).NotEmpty().MaximumLength(128);
}
