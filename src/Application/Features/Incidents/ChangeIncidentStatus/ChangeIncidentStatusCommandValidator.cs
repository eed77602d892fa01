using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Domain.Incidents;

namespace Pixyer.Application.Features.Incidents.ChangeIncidentStatus;

public sealed class ChangeIncidentStatusCommandValidator : AbstractValidator<ChangeIncidentStatusCommand>
{
    public ChangeIncidentStatusCommandValidator()
    {
        RuleFor(c => c.Status).Must(status => WireNames.TryParse<IncidentStatus>(status, out _))
            .WithMessage($"status is one of {string.Join(", ", WireNames.All<IncidentStatus>())}.");
        RuleFor(c => c.Note).MaximumLength(IncidentEvent.NoteMaxLength).WithMessage($"note is at most {IncidentEvent.NoteMaxLength} characters.");
    }
}
