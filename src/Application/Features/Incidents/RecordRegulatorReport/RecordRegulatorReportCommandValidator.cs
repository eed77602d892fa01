using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Domain.Incidents;

namespace Pixyer.Application.Features.Incidents.RecordRegulatorReport;

public sealed class RecordRegulatorReportCommandValidator : AbstractValidator<RecordRegulatorReportCommand>
{
    public RecordRegulatorReportCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Authority).NotEmpty().MaximumLength(RegulatorReport.AuthorityMaxLength);
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(RegulatorReport.ReferenceMaxLength);
        RuleFor(c => c.Phase).Must(phase => WireNames.TryParse<ReportPhase>(phase, out _))
            .WithMessage($"phase is one of {string.Join(", ", WireNames.All<ReportPhase>())}.");
        RuleFor(c => c.SentAt).Must(at => at <= clock.GetUtcNow()).WithMessage("sentAt cannot be in the future.");
        RuleFor(c => c.Content).NotEmpty().MaximumLength(RegulatorReport.ContentMaxLength);
        RuleFor(c => c.DelayReason).MaximumLength(RegulatorReport.DelayReasonMaxLength);
    }
}
