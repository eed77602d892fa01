using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Domain.Common;
using Pixyer.Domain.Deidentification;

namespace Pixyer.Application.Features.DeidentifiedExports;

/// <summary>
/// A de-identified dataset as staff see it: what was asked (<c>format</c> <c>csv</c> or <c>jsonl</c>, purpose,
/// <c>requestedK</c>), what was achieved (<c>achievedK</c>: the smallest group of rows sharing their quasi-identifiers;
/// the <c>generalisation</c> chosen; <c>rows</c> written and <c>suppressed</c>), and the file (size, SHA-256, download link).
/// </summary>
public sealed record DeidentifiedExportDto(
    Guid Id,
    [property: WireNameOf<DatasetFormat>] string Format,
    [property: MaxLength(DeidentifiedExport.PurposeMaxLength)] string Purpose,
    int RequestedK,
    int AchievedK,
    GeneralisationDto Generalisation,
    int Rows,
    int Suppressed,
    long Size,
    [property: MaxLength(Sha256Hex.Length)] string Sha256,
    [property: MaxLength(ResourceLinks.DeidentifiedExportDownloadLength)] string DownloadUrl,
    Guid CreatedBy,
    DateTimeOffset CreatedAt)
{
    public static DeidentifiedExportDto Of(DeidentifiedExport export) => new(
        export.Id.Value,
        WireNames.Of(export.Format),
        export.PurposeDescription,
        export.RequestedK,
        export.AchievedK,
        GeneralisationDto.Of(export.Levels),
        export.Rows,
        export.Suppressed,
        export.Length,
        export.Sha256,
        DownloadLink(export.Id.Value),
        export.CreatedBy.Value,
        export.CreatedAt);

    public static string DownloadLink(Guid id) => ResourceLinks.Of("/api/v1/admin/deidentified-exports/", id, "/download");
}

/// <summary>
/// How coarsely each quasi-identifier is shown: <c>ageBandYears</c> 5, 10 or 20; <c>signUp</c> <c>month</c>,
/// <c>quarter</c> or <c>year</c>; <c>country</c> <c>country</c>, <c>region</c> or <c>withheld</c>; <c>plan</c>
/// <c>plan</c> or <c>paid_or_free</c>.
/// </summary>
public sealed record GeneralisationDto(
    int AgeBandYears,
    [property: WireNameOf<SignUpPeriod>] string SignUp,
    [property: WireNameOf<CountryDetail>] string Country,
    [property: WireNameOf<PlanDetail>] string Plan)
{
    public static GeneralisationDto Of(GeneralisationLevels levels) =>
        new(levels.AgeBandYears, WireNames.Of(levels.SignUp), WireNames.Of(levels.Country), WireNames.Of(levels.Plan));
}
