using System.Text;

namespace Pixyer.Api.Http;

/// <summary>RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a line break.</summary>
public static class Csv
{
    public const string MediaType = "text/csv";

    public const string ContentType = MediaType + "; charset=utf-8";

    /// <summary>The separator of a multi-valued field inside one cell.</summary>
    public const string ValueSeparator = "; ";

    public static string Write<T>(IEnumerable<T> rows, IReadOnlyList<(string Header, Func<T, string?> Value)> columns)
    {
        var csv = new StringBuilder();
        AppendRow(csv, columns.Select(c => c.Header));
        foreach (var row in rows)
        {
            AppendRow(csv, columns.Select(c => c.Value(row)));
        }

        return csv.ToString();
    }

    public static string Join(IEnumerable<string> values) => string.Join(ValueSeparator, values);

    private static void AppendRow(StringBuilder csv, IEnumerable<string?> fields)
    {
        csv.AppendJoin(',', fields.Select(Quote));
        csv.Append("\r\n");
    }

    private static string Quote(string? field) =>
        field is null ? "" :
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
