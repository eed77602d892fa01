using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Imaging;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.ModelImprovement.ListTrainingSet;

/// <summary>
/// Obligations U3, G4: the uploads and generated assets usable to improve the AI models: only those of active accounts
/// whose model_improvement consent stands at the moment of the listing, so a withdrawal removes them from the next one.
/// It reads many people's data, so every listing is audited.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.ModelImprovement, LegalBasis.Consent, DataCategory.Uploads, DataCategory.GeneratedAssets)]
[ConsentOfSubjects(ConsentPurpose.ModelImprovement)]
public sealed record ListTrainingSetQuery(PageRequest Page) : IQuery<Paged<TrainingSetItem>>, IAuditedQuery
{
    /// <summary>Everyone who consented: no single subject, which the audit counts as someone else's data.</summary>
    Guid? IHasAuditSubject.AuditSubjectId => null;
}

/// <summary>One item of the training set: an upload or an asset, whose owner consented. <c>Kind</c> is <c>upload</c> or <c>asset</c>.</summary>
public sealed record TrainingSetItem(
    [property: TrainingSetItemKind] string Kind,
    Guid Id,
    Guid OwnerId,
    [property: ImageContentType] string ContentType,
    int Width,
    int Height,
    DateTimeOffset CreatedAt)
{
    public const string UploadKind = "upload";
    public const string AssetKind = "asset";
}

/// <summary>The property holds <see cref="TrainingSetItem.UploadKind"/> or <see cref="TrainingSetItem.AssetKind"/>.</summary>
public sealed class TrainingSetItemKindAttribute() : WireNameOfAttribute([TrainingSetItem.UploadKind, TrainingSetItem.AssetKind]);
