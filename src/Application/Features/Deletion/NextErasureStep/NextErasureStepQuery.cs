using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Deletion.NextErasureStep;

/// <summary>
/// What the erasure job does next: certify an erased request (first, so a crash between the two steps is finished
/// before new work), else erase the oldest received one whose mails have all gone out (the mail with the
/// certificate token must leave before the address it goes to is erased), leaving out the requests in
/// <paramref name="Busy"/> (another worker held them when this one tried). Null when nothing is due. A query, so an
/// idle tick writes no audit entry.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record NextErasureStepQuery(IReadOnlyCollection<Guid> Busy) : IQuery<ErasureStep?>;

public enum ErasureStepKind
{
    Erase,
    Certify,
}

public sealed record ErasureStep(Guid RequestId, ErasureStepKind Kind);
