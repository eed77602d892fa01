using FluentValidation;

namespace Pixyer.Application.Features.Privacy.ListProcessingActivities;

public sealed class ListProcessingActivitiesQueryValidator : AbstractValidator<ListProcessingActivitiesQuery>
{
    public ListProcessingActivitiesQueryValidator() =>
        RuleFor(q => q.Format)
            .Must(format => format is null
                || string.Equals(format, ListProcessingActivitiesQuery.JsonFormat, StringComparison.OrdinalIgnoreCase)
                || string.Equals(format, ListProcessingActivitiesQuery.CsvFormat, StringComparison.OrdinalIgnoreCase))
            .WithMessage($"format must be '{ListProcessingActivitiesQuery.JsonFormat}' or '{ListProcessingActivitiesQuery.CsvFormat}'.");
}
