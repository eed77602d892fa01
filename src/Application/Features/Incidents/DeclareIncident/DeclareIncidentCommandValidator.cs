using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Accounts;
using Pixyer.Domain.Incidents;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common.Validation;

namespace Pixyer.Application.Features.Incidents.DeclareIncident;

public sealed class DeclareIncidentCommandValidator : AbstractValidator<DeclareIncidentCommand>
{
    public DeclareIncidentCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.DiscoveredAt).Must(at => at <= clock.GetUtcNow()).WithMessage("discoveredAt cannot be in the future.");
        RuleFor(c => c.OccurredFrom).Must((c, from) => from <= c.DiscoveredAt).When(c => c.OccurredFrom is not null)
            .WithMessage("occurredFrom must be before the discovery.");
        RuleFor(c => c.OccurredTo).Must((c, to) => to >= c.OccurredFrom).When(c => c.OccurredTo is not null && c.OccurredFrom is not null)
            .WithMessage("occurredTo must not be before occurredFrom.");
        RuleFor(c => c.DataCategories).NotEmpty().WithMessage("dataCategories names at least one category of personal data involved.")
            .MaximumCount(WireNames.All<DataCategory>().Count)
            .ForEach(category => category
                .Must(name => WireNames.TryParse<DataCategory>(name, out var parsed) && parsed != DataCategory.None)
                .WithMessage($"'{{PropertyValue}}' is not a data category; use one of {string.Join(", ", WireNames.All<DataCategory>().Skip(1))}."));
        foreach (var text in new[]
                 {
                     (Rule: RuleFor(c => c.Nature), Name: "nature"),
                     (Rule: RuleFor(c => c.Systems), Name: "systems"),
                     (Rule: RuleFor(c => c.LikelyConsequences), Name: "likelyConsequences"),
                     (Rule: RuleFor(c => c.MeasuresTaken), Name: "measuresTaken"),
                     (Rule: RuleFor(c => c.MeasuresProposed), Name: "measuresProposed"),
                     (Rule: RuleFor(c => c.SubjectAdvice), Name: "subjectAdvice"),
                 })
        {
            text.Rule.NotEmpty().WithMessage($"{text.Name} is required.")
                .MaximumLength(Incident.TextMaxLength).WithMessage($"{text.Name} is at most {Incident.TextMaxLength} characters.");
        }

        RuleFor(c => c.ContactPoint).NotEmpty().WithMessage("contactPoint is required.")
            .MaximumLength(Incident.ContactPointMaxLength).WithMessage($"contactPoint is at most {Incident.ContactPointMaxLength} characters.");
        RuleFor(c => c.Affected).NotNull().WithMessage("affected is required.").SetValidator(new AccountSelectorValidator());
    }
}
