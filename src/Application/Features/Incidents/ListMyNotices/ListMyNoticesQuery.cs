using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Notices;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Incidents.ListMyNotices;

/// <summary>Obligation P3: the notices addressed to me, newest first: each incident that affected my data, once I was told.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.Security, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record ListMyNoticesQuery(PageRequest Page) : IQuery<Paged<MyNotice>>;

/// <summary>
/// One notice to me: <c>Kind</c> is <c>incident</c>; <c>Channel</c> is how I was told: <c>email</c>, or
/// <c>public_notice</c> when Pixyer had no verified address of mine.
/// </summary>
public sealed record MyNotice(
    Guid IncidentId,
    [property: WireNameOf<MyNoticeKind>] string Kind,
    [property: MaxLength(PublicNotice.TitleMaxLength)] string Title,
    [property: MaxLength(IncidentTexts.BodyMaxLength)] string Body,
    [property: WireNameOf<DataCategory>, MaxLength(EnumListBounds.DataCategories)] IReadOnlyList<string> DataCategories,
    [property: WireNameOf<MyNoticeChannel>] string Channel,
    DateTimeOffset NotifiedAt);

/// <summary>What a notice to a person is about (incidents only, so far).</summary>
public enum MyNoticeKind
{
    Incident,
}

/// <summary>How the person was told: by mail, or by the public notice when a mail could not reach them.</summary>
public enum MyNoticeChannel
{
    Email,
    PublicNotice,
}

