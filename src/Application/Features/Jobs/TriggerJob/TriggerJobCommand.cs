using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Jobs;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Jobs.TriggerJob;

/// <summary>Staff run a background job now, e.g. after fixing what made it fail; its run appears in the job list.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.Contract, DataCategory.AuditTrail)]
public sealed record TriggerJobCommand(string Key) : ICommand<JobTriggered>;

public sealed record JobTriggered([property: MaxLength(JobRun.KeyMaxLength)] string Key);
