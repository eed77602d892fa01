using Pixyer.Application.Common;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Unsubscribe;

public sealed record Subscription([property: WireNameOf<ConsentPurpose>] string Purpose, bool Subscribed) : IHasAuditSubject
{
    /// <summary>The account behind the link: audited, never shown.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid? Subject { get; init; }

    Guid? IHasAuditSubject.AuditSubjectId => Subject;
}
