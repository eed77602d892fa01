using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Notices;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Policies.ListNotices;

/// <summary>
/// Obligations V1, P3, D1: public notices, newest first: policy changes, incident announcements where notifying each
/// person is impractical, and announcements of violations with masked identifiers.
/// </summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record ListNoticesQuery(PageRequest Page) : IQuery<Paged<Notice>>;

/// <summary>
/// A notice of kind <c>policy_change</c>, <c>incident</c> or <c>violation</c>. <c>Body</c> is the announcement's text
/// (null for a policy change, whose document is the text); <c>PolicyVersion</c> is set for a policy change only.
/// </summary>
public sealed record Notice(
    [property: NoticeKind] string Kind,
    [property: MaxLength(PublicNotice.TitleMaxLength)] string Title,
    [property: MaxLength(PublicNotice.BodyMaxLength)] string? Body,
    [property: MaxLength(Domain.Policies.PolicyVersion.VersionMaxLength)] string? PolicyVersion,
    bool Significant,
    DateTimeOffset EffectiveAt,
    DateTimeOffset PublishedAt);

/// <summary>The property holds a notice's kind: <see cref="PolicyChange"/> or a <see cref="PublicNoticeKind"/>.</summary>
public sealed class NoticeKindAttribute() : WireNameOfAttribute([PolicyChange, .. WireNames.All<PublicNoticeKind>()])
{
    public const string PolicyChange = "policy_change";
}
