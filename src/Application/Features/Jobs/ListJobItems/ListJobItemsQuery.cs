using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common.Jobs;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Jobs;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Jobs.ListJobItems;

/// <summary>
/// Staff see the items of a worker job's queue (<see cref="WorkerJobKeys"/>), newest first: their status, attempts and
/// the node that holds or last held each (C3, G2, G3). Ids, states and times only: no person's data.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.Contract, DataCategory.None)]
public sealed record ListJobItemsQuery(string Key, PageRequest Page) : IQuery<Paged<JobItemDto>>;

/// <summary>
/// An item of a queue. <c>Attempts</c> counts the claims (null where a step is one transaction: erasure);
/// <c>LeaseExpiresAt</c> is when another worker may take over a running item.
/// </summary>
public sealed record JobItemDto(
    Guid Id,
    [property: MaxLength(JobItemDto.StatusMaxLength)] string Status,
    int? Attempts,
    [property: MaxLength(JobRun.NodeMaxLength)] string? Node,
    DateTimeOffset? LeaseExpiresAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt)
{
    /// <summary>The longest status wire name of the three queues.</summary>
    public const int StatusMaxLength = 16;
}
