using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Unsubscribe.Unsubscribe;

/// <summary>
/// Obligation U9: the one-click opt-out from a marketing mail's link. It withdraws <c>marketing_email</c> (channel
/// unsubscribe link), cancels queued marketing mail (every campaign's), counts the person on the campaign whose mail
/// carried the link, and is idempotent.
/// </summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Consents)]
public sealed record UnsubscribeCommand(string Token) : ICommand<Subscription>
{
    public override string ToString() => nameof(UnsubscribeCommand);
}
