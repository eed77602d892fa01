using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Generations.AnyGenerationDue;

/// <summary>
/// Obligation C3: whether any generation job is due. The worker asks before each claim, so that an empty queue
/// costs one read, not a claim command and its audit entry every few seconds.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.None)]
public sealed record AnyGenerationDueQuery : IQuery<bool>;
