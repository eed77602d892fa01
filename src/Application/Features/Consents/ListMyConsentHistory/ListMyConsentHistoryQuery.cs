using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Consents.ListMyConsentHistory;

/// <summary>
/// Obligation G4: every grant and withdrawal, newest first, with policy version, channel and time; <c>scope</c> names
/// the one item a per-item choice concerns (e.g. <c>asset:{id}</c> for <c>public_disclosure</c>), null otherwise.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Consents)]
public sealed record ListMyConsentHistoryQuery(PageRequest Page) : IQuery<Paged<ConsentHistoryEntry>>;

public sealed record ConsentHistoryEntry(
    [property: WireNameOf<ConsentPurpose>] string Purpose,
    bool Granted,
    [property: MaxLength(Domain.Policies.PolicyVersion.VersionMaxLength)] string PolicyVersion,
    [property: WireNameOf<ConsentChannel>] string Channel,
    DateTimeOffset OccurredAt,
    bool FromCookieBanner,
    [property: MaxLength(ConsentEvent.ScopeMaxLength)] string? Scope);
