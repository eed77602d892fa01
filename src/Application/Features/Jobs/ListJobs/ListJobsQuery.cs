using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Jobs;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Jobs;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Jobs.ListJobs;

/// <summary>
/// Staff see the background jobs, their schedules and last runs. Support may look; only officers and admins trigger.
/// The runs hold no personal data; the staff member's read is the audit trail's.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.Contract, DataCategory.AuditTrail)]
public sealed record ListJobsQuery : IQuery<IReadOnlyList<JobDto>>;

/// <summary>A job; its <c>Interval</c> reads "d.hh:mm:ss" and is null when the job runs only when triggered.</summary>
public sealed record JobDto(
    [property: MaxLength(JobRun.KeyMaxLength)] string Key,
    [property: MaxLength(ScheduledJob.DescriptionMaxLength)] string? Description,
    [property: MaxLength(ScheduledJob.IntervalTextMaxLength)] string? Interval,
    DateTimeOffset? NextFireAt,
    JobRunDto? LastRun);

public sealed record JobRunDto(
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    [property: WireNameOf<JobOutcome>] string Outcome,
    [property: MaxLength(JobRun.ErrorTypeMaxLength)] string? ErrorType,
    [property: MaxLength(JobRun.NodeMaxLength)] string Node);
