using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Persistence;

/// <summary>
/// What the typed domain stores, read back with plain SQL rather than through the model that wrote it: register values
/// as their wire names, lists as PostgreSQL arrays or SQLite JSON arrays, never a comma-joined string.
/// </summary>
public sealed class StoredValuesTests(PixyerApiFactory app) : GenerationTest(app)
{
    private static bool Sqlite => TestDatabase.Provider == TestProvider.Sqlite;

    [Fact]
    [Trait("Obligation", "S1")]
    public async Task Disclosure_WhenRecorded_ShouldStoreWireNamesAndItsCategoriesAsAList()
    {
        var admin = await SignUpAdminAsync();
        await admin.Client.RegisterImageProviderAsync("acme-image-models");
        var me = await SignUpAsync();

        var recorded = await admin.Client.PostAsJsonAsync("/api/v1/admin/disclosures", new
        {
            subjectId = me.User.Id,
            recipientKey = "acme-image-models",
            purpose = "service_provision",
            legalBasis = "contract",
            dataCategories = new[] { "uploads", "uploads" },
            reference = "job-1",
        });

        await Expect.StatusAsync(recorded, HttpStatusCode.Created);
        var stored = await RawAsync(Sqlite
            ? "SELECT purpose || '|' || legal_basis || '|' || data_categories AS \"Value\" FROM disclosures"
            : "SELECT purpose || '|' || legal_basis || '|' || data_categories::text AS \"Value\" FROM disclosures");
        Assert.Equal(Sqlite ? "service_provision|contract|[\"uploads\"]" : "service_provision|contract|{uploads}", stored);
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task GenerationJob_WhenRendered_ShouldStoreItsFormatsAsLists()
    {
        var owner = await SignUpAsync();
        var upload = await owner.UploadPhotoAsync(BottleRed);
        await RequestAcceptedAsync(owner, upload, formats: ["story", "square"]);
        Assert.Equal(1, await RunWorkerAsync());

        var stored = await RawAsync(Sqlite
            ? "SELECT formats || '|' || rendered_formats AS \"Value\" FROM generation_jobs"
            : "SELECT formats::text || '|' || rendered_formats::text AS \"Value\" FROM generation_jobs");

        Assert.Equal(Sqlite ? "[\"story\",\"square\"]|[\"story\",\"square\"]" : "{story,square}|{story,square}", stored);
    }

    private Task<string> RawAsync(string sql) =>
        WithDatabaseAsync(db => db.Database.SqlQueryRaw<string>(sql).SingleAsync());
}
