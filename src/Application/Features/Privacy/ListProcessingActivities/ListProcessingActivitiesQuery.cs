using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Privacy.ListProcessingActivities;

/// <summary>
/// Obligations U1-U10: the record of processing activities (GDPR Art. 30), one row per request type, built from the
/// requests' own declarations. <see cref="Format"/> is how the caller wants it: JSON (the default) or CSV.
/// </summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record ListProcessingActivitiesQuery(string? Format = null) : IQuery<ProcessingActivityList>
{
    public const string JsonFormat = "json";
    public const string CsvFormat = "csv";

    public bool WantsCsv => string.Equals(Format, CsvFormat, StringComparison.OrdinalIgnoreCase);
}
