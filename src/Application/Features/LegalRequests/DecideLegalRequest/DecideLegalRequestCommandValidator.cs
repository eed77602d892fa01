using FluentValidation;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Application.Features.LegalRequests.DecideLegalRequest;

public sealed class DecideLegalRequestCommandValidator : AbstractValidator<DecideLegalRequestCommand>
{
    public DecideLegalRequestCommandValidator()
    {
        RuleFor(c => c.Decision)
            .Must(d => d is DecideLegalRequestCommand.Approve or DecideLegalRequestCommand.Refuse)
            .WithMessage("decision is 'approve' or 'refuse'.");
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("A refusal needs its reason.")
            .MaximumLength(LegalRequest.ReasonMaxLength)
            .When(c => c.Decision == DecideLegalRequestCommand.Refuse);
        RuleFor(c => c.NotifySubjects)
            .NotNull().WithMessage("An approval says whether the subjects are told (notifySubjects: true or false).")
            .When(c => c.Decision == DecideLegalRequestCommand.Approve);
        RuleFor(c => c.WithholdingReason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Not telling the subjects needs its legal reason (e.g. a confidentiality order).")
            .MaximumLength(LegalRequest.ReasonMaxLength)
            .When(c => c.Decision == DecideLegalRequestCommand.Approve && c.NotifySubjects == false);
    }
}
