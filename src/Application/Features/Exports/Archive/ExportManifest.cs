namespace Pixyer.Application.Features.Exports.Archive;

/// <summary>The archive's <c>manifest.json</c> (schema in docs/export-format.md).</summary>
public sealed record ExportManifest(
    int FormatVersion, DateTimeOffset GeneratedAt, Guid SubjectId, IReadOnlyList<ExportedCategory> Categories, int Files)
{
    public const int CurrentFormatVersion = 1;
}

/// <summary>
/// One personal-data source: its JSON file (null when it held nothing), how many records that file holds, how many
/// original files it added under <c>{name}/</c>, and why it is kept.
/// </summary>
public sealed record ExportedCategory(string Name, IReadOnlyList<string> Obligations, string? File, int Count, int Files);
