using System.Net;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Deidentification;

namespace Pixyer.Api.IntegrationTests.Features.Deidentification;

/// <summary>One line of a downloaded dataset, read back by its column names.</summary>
public sealed record DatasetLine(string Pseudonym, string AgeBand, string Country, string SignUp, string Plan, string Uploads, string Generations)
{
    public GeneralisedQuasiIdentifiers Class => new(AgeBand, Country, SignUp, Plan);
}

/// <summary>A downloaded dataset: its raw bytes (for grepping) and its lines, parsed from CSV or JSON lines.</summary>
public sealed record Dataset(byte[] Bytes, IReadOnlyList<DatasetLine> Lines)
{
    public const string Columns = "pseudonym,age_band,country,sign_up,plan,uploads,generations";

    public static async Task<Dataset> DownloadAsync(HttpClient staff, string downloadUrl, string format)
    {
        var response = await staff.GetAsync(downloadUrl);
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal(format == "csv" ? "text/csv" : "application/jsonl", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new Dataset(bytes, format == "csv" ? FromCsv(text) : FromJsonLines(text));
    }

    private static List<DatasetLine> FromCsv(string[] lines)
    {
        Assert.Equal(Columns, lines[0]);
        return lines.Skip(1).Select(line => line.Split(',')).Select(f => new DatasetLine(f[0], f[1], f[2], f[3], f[4], f[5], f[6])).ToList();
    }

    private static List<DatasetLine> FromJsonLines(string[] lines) =>
        lines.Select(line => JsonDocument.Parse(line).RootElement).Select(row =>
        {
            Assert.Equal(Columns.Split(','), row.EnumerateObject().Select(p => p.Name));
            string Field(string name) => row.GetProperty(name).GetString()!;
            return new DatasetLine(
                Field("pseudonym"), Field("age_band"), Field("country"), Field("sign_up"), Field("plan"), Field("uploads"), Field("generations"));
        }).ToList();
}
