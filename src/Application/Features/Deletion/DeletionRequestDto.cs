using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Deletion;

/// <summary>A deletion request as the person (with the token) or staff see it; the certificate once it is issued.</summary>
public sealed record DeletionRequestDto(
    Guid Id,
    [property: WireNameOf<DeletionStatus>] string Status,
    [property: WireNameOf<DeletionOrigin>] string Origin,
    DateTimeOffset RequestedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ErasedAt,
    DateTimeOffset? CompletedAt,
    DeletionCertificateDto? Certificate)
{
    public static DeletionRequestDto Of(DeletionRequest request, DateTimeOffset dueAt) =>
        new(
            request.Id.Value,
            WireNames.Of(request.Status),
            WireNames.Of(request.Origin),
            request.RequestedAt,
            dueAt,
            request.ErasedAt,
            request.CompletedAt,
            request.Status == DeletionStatus.Completed && request.Certificate is { } certificate ? DeletionCertificateDto.Of(certificate) : null);
}

/// <summary>
/// The deletion certificate: the categories erased, what was retained and why, and the verification scan's
/// findings (none when <c>clean</c>).
/// </summary>
public sealed record DeletionCertificateDto(
    Guid RequestId,
    DateTimeOffset IssuedAt,
    [property: MaxLength(DeletionCertificate.MaxEntries), ItemMaxLength(DeletionCertificate.EntryMaxLength)] IReadOnlyList<string> CategoriesErased,
    [property: MaxLength(DeletionCertificate.MaxEntries), ItemMaxLength(DeletionCertificate.EntryMaxLength)] IReadOnlyList<string> Retained,
    [property: MaxLength(DeletionCertificate.MaxEntries), ItemMaxLength(DeletionCertificate.EntryMaxLength)] IReadOnlyList<string> Findings,
    [property: MaxLength(DeletionCertificate.MaxEntries), ItemMaxLength(DeletionCertificate.EntryMaxLength)] IReadOnlyList<string> Scanned,
    bool Clean)
{
    public static DeletionCertificateDto Of(DeletionCertificate certificate) =>
        new(certificate.RequestId.Value, certificate.IssuedAt, certificate.CategoriesErased, certificate.Retained, certificate.Findings, certificate.Scanned, certificate.Clean);
}
