using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.DeidentifiedExports;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Deidentification;
using Xunit.Abstractions;

namespace Pixyer.Api.IntegrationTests.Features.Deidentification;

[Trait("Obligation", "E2")]
public sealed class DeidentifiedExportsTests(PixyerApiFactory app, ITestOutputHelper output) : ApiTest(app)
{
    private const string Path = "/api/v1/admin/deidentified-exports";

    [Fact]
    public async Task Create_OfAThousandAccounts_ShouldGiveEveryCombinationKRowsAndHoldNoEmailUsernameOrId()
    {
        var admin = await SignUpAdminAsync();
        var people = await Population.SeedAsync(App.Services, App.Clock.GetUtcNow(), 1000);

        var started = Stopwatch.GetTimestamp();
        var export = await CreateAsync(admin.Client, "csv");
        output.WriteLine($"1,001 accounts: built in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms, achieved k {export.AchievedK}, "
                         + $"{export.Suppressed} suppressed, generalisation {export.Generalisation}");
        var dataset = await Dataset.DownloadAsync(admin.Client, export.DownloadUrl, "csv");

        var classSizes = dataset.Lines.CountBy(l => l.Class).Select(c => c.Value).ToList();
        Assert.Equal(5, export.RequestedK);
        Assert.InRange(classSizes.Min(), 5, int.MaxValue);
        Assert.Equal(classSizes.Min(), export.AchievedK);
        Assert.Equal((export.Rows, people.Count + 1), (dataset.Lines.Count, export.Rows + export.Suppressed));
        Assert.InRange(export.Suppressed, 0, (people.Count + 1) / 20);
        Assert.Equal(dataset.Lines.Count, dataset.Lines.Select(l => l.Pseudonym).Distinct().Count());
        var text = System.Text.Encoding.UTF8.GetString(dataset.Bytes);
        var identifiers = people.SelectMany(p => new[] { p.Email, p.Username, p.Id.ToString(), p.Id.ToString("N") })
            .Concat([admin.User.Email, admin.User.Username, admin.User.Id.ToString(), admin.User.Id.ToString("N")]);
        var leaked = identifiers.Where(identifier => text.Contains(identifier, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Empty(leaked);
    }

    [Fact]
    public async Task Reidentification_ByJoiningTheAccountsTable_ShouldSingleOutNobody()
    {
        var admin = await SignUpAdminAsync();
        var people = await Population.SeedAsync(App.Services, App.Clock.GetUtcNow(), 1000);
        var export = await CreateAsync(admin.Client, "csv");
        var dataset = await Dataset.DownloadAsync(admin.Client, export.DownloadUrl, "csv");

        // The attacker holds the accounts table and applies the export's published generalisation to every account.
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        var levels = LevelsOf(export.Generalisation);
        var candidates = dataset.Lines.CountBy(l => l.Class).ToDictionary();
        var finest = people.ToDictionary(p => p, p => QuasiIdentifiers.Of(p.DateOfBirth, today, p.Country, p.SignedUpAt, p.Plan));
        var known = people.First(p => finest.Values.Count(q => q == finest[p]) == 1);

        var matches = people.Select(p => candidates.GetValueOrDefault(levels.Apply(finest[p]))).ToList();

        Assert.DoesNotContain(matches, m => m is > 0 and < 5);
        Assert.True(
            candidates.GetValueOrDefault(levels.Apply(finest[known])) is 0 or >= 5,
            "The person unique in the accounts table is unique in the dataset too.");
        Assert.InRange(matches.Count(m => m > 0), export.Rows - 1, export.Rows);
    }

    [Fact]
    public async Task CreateTwice_ShouldGiveTheSamePeopleUnrelatedPseudonymsAndBeAuditedWithoutDisclosures()
    {
        var admin = await SignUpAdminAsync();
        await Population.SeedAsync(App.Services, App.Clock.GetUtcNow(), 200);

        var first = await CreateAsync(admin.Client, "csv", k: 10);
        var second = await CreateAsync(admin.Client, "jsonl", k: 10);
        var one = await Dataset.DownloadAsync(admin.Client, first.DownloadUrl, "csv");
        var other = await Dataset.DownloadAsync(admin.Client, second.DownloadUrl, "jsonl");
        var listed = await admin.Client.GetFromJsonAsync<Paged<DeidentifiedExportDto>>(Path);

        Assert.Equal((10, 10), (first.RequestedK, second.RequestedK));
        Assert.True(first.AchievedK >= 10, $"achieved k {first.AchievedK}");
        Assert.Equal(one.Lines.Select(l => l.Class.ToString()).Order(), other.Lines.Select(l => l.Class.ToString()).Order());
        Assert.Empty(one.Lines.Select(l => l.Pseudonym).Intersect(other.Lines.Select(l => l.Pseudonym)));
        Assert.Equal([second.Id, first.Id], listed!.Items.Select(e => e.Id));
        var audited = await WithDatabaseAsync(db => db.AuditEntries
            .Where(e => e.ActorId == admin.User.Id && e.RequestName.Contains("Deidentified") && e.Outcome == AuditOutcome.Succeeded)
            .Select(e => e.RequestName)
            .ToListAsync());
        Assert.Equal(
            ["CreateDeidentifiedExportCommand", "CreateDeidentifiedExportCommand", "DownloadDeidentifiedExportQuery", "DownloadDeidentifiedExportQuery"],
            audited.Order());
        Assert.Equal(0, await WithDatabaseAsync(db => db.Disclosures.CountAsync()));
    }

    [Theory]
    [InlineData("csv", "research", 4, "k")]
    [InlineData("xml", "research", 5, "format")]
    [InlineData("jsonl", "", 5, "purpose")]
    public async Task Create_WhenKBelowFiveOrFormatOrPurposeWrong_ShouldAnswer400AndBuildNothing(string format, string purpose, int k, string field)
    {
        var admin = await SignUpAdminAsync();

        var response = await admin.Client.PostAsJsonAsync(Path, new { format, purpose, k });

        var errors = (await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation")).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, (await admin.Client.GetFromJsonAsync<Paged<DeidentifiedExportDto>>(Path))!.Total);
    }

    [Fact]
    public async Task Access_ShouldRefuseCustomersAndLetSupportOnlyRead()
    {
        var admin = await SignUpAdminAsync();
        var export = await CreateAsync(admin.Client, "csv");
        var customer = await SignUpAsync();
        var support = await SignUpAsync();
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{support.User.Id}/roles", new { roles = new[] { "Support" } }), HttpStatusCode.OK);

        foreach (var refused in new[]
                 {
                     await customer.Client.PostAsJsonAsync(Path, new { format = "csv", purpose = "research" }),
                     await customer.Client.GetAsync(Path),
                     await customer.Client.GetAsync($"{Path}/{export.Id}"),
                     await customer.Client.GetAsync(export.DownloadUrl),
                     await support.Client.PostAsJsonAsync(Path, new { format = "csv", purpose = "research" }),
                     await support.Client.GetAsync(export.DownloadUrl),
                 })
        {
            await Expect.ProblemAsync(refused, HttpStatusCode.Forbidden, "forbidden");
        }

        Assert.Equal(export.Id, (await support.Client.GetFromJsonAsync<DeidentifiedExportDto>($"{Path}/{export.Id}"))!.Id);
        Assert.Equal(1, (await support.Client.GetFromJsonAsync<Paged<DeidentifiedExportDto>>(Path))!.Total);
        await Expect.ProblemAsync(await admin.Client.GetAsync($"{Path}/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "not-found");
    }

    private static async Task<DeidentifiedExportDto> CreateAsync(HttpClient staff, string format, int? k = null)
    {
        var response = await staff.PostAsJsonAsync(Path, new { format, purpose = "University of Guangzhou, usage study", k });
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var export = (await response.Content.ReadFromJsonAsync<DeidentifiedExportDto>())!;
        Assert.Equal($"{Path}/{export.Id}", response.Headers.Location?.OriginalString);
        return export;
    }

    private static GeneralisationLevels LevelsOf(GeneralisationDto generalisation) => new(
        generalisation.AgeBandYears,
        WireNames.Parse<SignUpPeriod>(generalisation.SignUp),
        WireNames.Parse<CountryDetail>(generalisation.Country),
        WireNames.Parse<PlanDetail>(generalisation.Plan));
}
