using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests.SubmitGuardianRequest;

/// <summary>
/// Obligation A2: a guardian asks for a minor's data to be deleted, naming the minor's account by email or username.
/// The answer (202 with the request id and due date) and the work done are the same whether or not such an account
/// exists: no account is looked up here, only when staff verify the request. The guardian is mailed an acknowledgement.
/// </summary>
[Access(AccessLevel.Anonymous)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact)]
public sealed record SubmitGuardianRequestCommand(
    string GuardianName, string GuardianEmail, string MinorAccount, [property: WireNameOf<GuardianRelationship>] string Relationship, string Statement)
    : ICommand<GuardianRequestAccepted>, IIdempotentCommand
{
    public override string ToString() => nameof(SubmitGuardianRequestCommand);
}

/// <summary>Nothing about the minor's account: the same for every request.</summary>
public sealed record GuardianRequestAccepted(Guid Id, DateTimeOffset DueAt);
