using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Generations.ClaimGeneration;

/// <summary>
/// Obligation C3, worker step 1: claims the next due generation job for <paramref name="Worker"/> for one
/// <paramref name="Lease"/>. A due job that can no longer run (its upload is gone, or it ran out of attempts) is
/// failed instead. Null when nothing is due.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.Uploads, DataCategory.GeneratedAssets)]
public sealed record ClaimGenerationCommand(string Worker, TimeSpan Lease) : ICommand<GenerationClaim?>;

/// <summary>
/// The job a worker now holds. <c>Attempt</c> is the claim's fencing token: the worker's later steps name it, and are
/// refused once another claim has taken over. <c>RemainingFormats</c> are those without an asset yet. When the due job
/// could not run, it was failed instead: <c>FailedAs</c> gives the reason and nothing remains to render.
/// <c>DisclosesTo</c> is the recipient the generator sends the photo to, or null when it never leaves Pixyer.
/// </summary>
public sealed record GenerationClaim(
    Guid JobId, Guid OwnerId, int Attempt, IReadOnlyList<string> RemainingFormats, string? FailedAs, string? DisclosesTo)
    : IHasAuditSubject
{
    public Guid? AuditSubjectId => OwnerId;
}
