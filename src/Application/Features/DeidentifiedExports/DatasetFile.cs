using System.Text.Json.Nodes;
using Pixyer.Domain.Deidentification;

namespace Pixyer.Application.Features.DeidentifiedExports;

/// <summary>The dataset's bytes, written line by line as the file store reads them (format: docs/deidentified-exports.md).</summary>
public static class DatasetFile
{
    public static readonly IReadOnlyList<string> Columns = ["pseudonym", "age_band", "country", "sign_up", "plan", "uploads", "generations"];

    public static Stream Open(DatasetFormat format, IEnumerable<DatasetRow> rows) => new LinesStream(Lines(format, rows));

    public static string ContentType(DatasetFormat format) => format == DatasetFormat.Csv ? "text/csv" : "application/jsonl";

    public static string FileName(DeidentifiedExport export) =>
        $"pixyer-deidentified-{export.CreatedAt:yyyy-MM-dd}-{export.Id.Value.ToString("N")[^8..]}.{(export.Format == DatasetFormat.Csv ? "csv" : "jsonl")}";

    private static IEnumerable<string> Lines(DatasetFormat format, IEnumerable<DatasetRow> rows)
    {
        if (format == DatasetFormat.Csv)
        {
            yield return string.Join(',', Columns);
        }

        foreach (var row in rows)
        {
            IReadOnlyList<string> values =
                [row.Pseudonym, row.Class.AgeBand, row.Class.Country, row.Class.SignUp, row.Class.Plan, row.Uploads, row.Generations];
            yield return format == DatasetFormat.Csv ? string.Join(',', values.Select(CsvField)) : JsonLine(values);
        }
    }

    private static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string JsonLine(IReadOnlyList<string> values) =>
        new JsonObject(Columns.Zip(values, (column, value) => KeyValuePair.Create(column, (JsonNode?)JsonValue.Create(value)))).ToJsonString();
}
