using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Generations.RenewGenerationLease;

/// <summary>
/// Obligation C3, the worker's heartbeat while it renders: the job stays its claim for another
/// <paramref name="Lease"/>. False when another worker has taken it over.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.None)]
public sealed record RenewGenerationLeaseCommand(Guid JobId, int Attempt, TimeSpan Lease) : ICommand<bool>;
