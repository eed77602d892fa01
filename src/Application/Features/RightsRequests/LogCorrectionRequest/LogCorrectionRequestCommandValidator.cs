using FluentValidation;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.RightsRequests.LogCorrectionRequest;

public sealed class LogCorrectionRequestCommandValidator : AbstractValidator<LogCorrectionRequestCommand>
{
    public LogCorrectionRequestCommandValidator()
    {
        RuleFor(c => c.SubjectId).NotEmpty();
        RuleFor(c => c.Note)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Say what is to be corrected.")
            .MaximumLength(CorrectionRequest.NoteMaxLength);
    }
}
