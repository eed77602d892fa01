using System.IO.Compression;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Features.Exports.Archive;
using Pixyer.Domain.Common;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Application.Features.LegalRequests;

/// <summary>
/// The archive an approved legal request discloses (E1): exactly the requested categories of exactly the requested
/// subjects, written by their personal-data sources as a person's own export is, one folder per subject
/// (<c>subjects/{id}/data/{category}.json</c>, originals under <c>subjects/{id}/{category}/</c>, and that subject's
/// <c>manifest.json</c>), with <c>legal-request.json</c> naming the request, its authority and its document.
/// </summary>
public sealed class LegalRequestArchive(IEnumerable<IPersonalDataSource> sources)
{
    public const string RequestFile = "legal-request.json";

    public static string SubjectRoot(Guid subject) => $"subjects/{subject}/";

    public async Task<BuiltArchive> BuildAsync(LegalRequest request, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        var scoped = sources.Where(s => request.Categories.Contains(s.Category, StringComparer.Ordinal))
            .OrderBy(s => s.Category, StringComparer.Ordinal)
            .ToList();
        using var buffer = new MemoryStream();
        await using (var zip = await ZipArchive.CreateAsync(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            var subjects = request.Subjects.Select(s => s.SubjectId).OrderBy(s => s.Value).ToList();
            foreach (var subject in subjects)
            {
                var writer = new ZipExportWriter(zip, generatedAt, SubjectRoot(subject.Value));
                foreach (var source in scoped)
                {
                    await source.ExportAsync(subject, writer, cancellationToken);
                }

                var manifest = new ExportManifest(
                    ExportManifest.CurrentFormatVersion, generatedAt, subject.Value, scoped.Select(writer.CategoryOf).ToList(), writer.Files);
                await writer.WriteJsonFileAsync("manifest.json", manifest, cancellationToken);
            }

            var summary = new ZipExportWriter(zip, generatedAt);
            await summary.WriteJsonFileAsync(
                RequestFile,
                new
                {
                    LegalRequestId = request.Id.Value,
                    Authority = new { request.AuthorityName, request.AuthorityCountry },
                    LegalBasis = request.LegalBasisText,
                    request.DocumentReference,
                    request.DocumentSha256,
                    GeneratedAt = generatedAt,
                    Subjects = subjects.Select(s => s.Value),
                    request.Categories,
                },
                cancellationToken);
        }

        var content = buffer.ToArray();
        return new BuiltArchive(content, Sha256Hex.Of(content));
    }
}

public sealed record BuiltArchive(byte[] Content, string Sha256);
