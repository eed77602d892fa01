using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Consents.ListMyConsentHistory;

/// <summary>Obligation G4: every grant and withdrawal, newest first, with policy version, channel and time.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Consents)]
public sealed record ListMyConsentHistoryQuery(PageRequest Page) : IQuery<Paged<ConsentHistoryEntry>>;

public sealed record ConsentHistoryEntry(
    string Purpose, bool Granted, string PolicyVersion, string Channel, DateTimeOffset OccurredAt, bool FromCookieBanner);
