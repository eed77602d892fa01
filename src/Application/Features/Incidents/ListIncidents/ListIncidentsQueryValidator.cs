using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Domain.Incidents;

namespace Pixyer.Application.Features.Incidents.ListIncidents;

public sealed class ListIncidentsQueryValidator : AbstractValidator<ListIncidentsQuery>
{
    public ListIncidentsQueryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.Status).Must(status => WireNames.TryParse<IncidentStatus>(status, out _)).When(q => q.Status is not null)
            .WithMessage($"status is one of {string.Join(", ", WireNames.All<IncidentStatus>())}.");
    }
}
