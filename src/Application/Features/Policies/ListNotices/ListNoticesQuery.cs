using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Policies.ListNotices;

/// <summary>Obligation V1: public notices of policy changes, newest first (incident announcements join later).</summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record ListNoticesQuery(PageRequest Page) : IQuery<Paged<Notice>>;

public sealed record Notice(string Kind, string Title, string PolicyVersion, bool Significant, DateTimeOffset EffectiveAt, DateTimeOffset PublishedAt);
