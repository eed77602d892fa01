using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Generations.GetGeneration;

/// <summary>Obligation C3: where one of the caller's generations stands, and the assets it has produced so far.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.GeneratedAssets)]
public sealed record GetGenerationQuery(Guid Id) : IQuery<GenerationState>;

/// <summary>
/// A generation as its owner sees it: <c>status</c> is <c>queued</c>, <c>running</c>, <c>succeeded</c> or <c>failed</c>
/// (then <c>failureReason</c> is <c>upload_deleted</c>, <c>rendering_failed</c> or <c>interrupted</c>); <c>progress</c>
/// is the percentage of formats rendered; <c>assetIds</c> are the assets produced so far, in the order of <c>formats</c>.
/// </summary>
public sealed record GenerationState(
    Guid Id,
    Guid? UploadId,
    [property: TemplateName] string Template,
    [property: FormatName, MaxLength(EnumListBounds.GenerationFormats)] IReadOnlyList<string> Formats,
    [property: MaxLength(GenerationJob.MaxHeadlineLength)] string? Headline,
    [property: WireNameOf<GenerationStatus>] string Status,
    int Progress,
    [property: GenerationFailure] string? FailureReason,
    [property: MaxLength(EnumListBounds.GenerationFormats)] IReadOnlyList<Guid> AssetIds,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);
