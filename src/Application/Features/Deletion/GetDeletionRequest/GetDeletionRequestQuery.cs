using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Deletion.GetDeletionRequest;

/// <summary>
/// Obligation G2: a deletion request's status, deadline and, once issued, its certificate, for whoever holds the
/// request id and the mailed token (the account, and so any session, is gone by then). A wrong token and an unknown
/// id are the same 404.
/// </summary>
[Access(AccessLevel.Anonymous)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record GetDeletionRequestQuery(Guid Id, string Token) : IQuery<DeletionRequestDto>
{
    public override string ToString() => $"{nameof(GetDeletionRequestQuery)} {{ Id = {Id} }}";
}
