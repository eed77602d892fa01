using System.Text;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Exports;

/// <summary>Obligation G3: the archive says truthfully what it holds, in one format for every source.</summary>
public sealed class ExportArchiveTests(PixyerApiFactory app) : ExportTest(app)
{
    private const string Manifest = "manifest.json";
    private const string Readme = "README.txt";

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task Export_OfAUserWithDataInEverySource_ShouldCountInTheManifestExactlyTheRecordsAndFilesOfEachCategory()
    {
        var me = await SignUpWithDataInEverySourceAsync();

        var entries = await ExportAndDownloadAsync(me);

        var json = JsonEntries(entries);
        var manifest = json[Manifest];
        var categories = manifest.GetProperty("categories").EnumerateArray().ToList();
        var readme = Encoding.UTF8.GetString(entries[Readme]);
        Assert.NotEmpty(categories);
        foreach (var category in categories)
        {
            var name = category.GetProperty("name").GetString()!;
            var count = category.GetProperty("count").GetInt32();
            var file = category.GetProperty("file").GetString();
            var records = file is null ? 0 : json[file].ValueKind == JsonValueKind.Array ? json[file].GetArrayLength() : 1;
            var originals = entries.Keys.Count(k => k.StartsWith($"{name}/", StringComparison.Ordinal));
            Assert.Equal((name, records, originals), (name, count, category.GetProperty("files").GetInt32()));
            Assert.Contains($"{name}: {count} record(s)", readme, StringComparison.Ordinal);
        }

        var listed = categories.Select(c => c.GetProperty("file").GetString()).OfType<string>();
        Assert.Equal(json.Keys.Where(k => k != Manifest).Order(), listed.Order());
        var originalFiles = entries.Keys.Count(k => !k.StartsWith("data/", StringComparison.Ordinal) && k is not Manifest and not Readme);
        Assert.Equal(originalFiles, manifest.GetProperty("files").GetInt32());
        Assert.Equal(originalFiles, categories.Sum(c => c.GetProperty("files").GetInt32()));
        var counts = categories.ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("count").GetInt32());
        // Five choices of the account, and the two of its cookie banner.
        Assert.Equal((7, 2, 2, 3), (counts["consents"], counts["sessions"], counts["assets"], originalFiles));
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task Export_ShouldWriteEveryIdAsAPlainUuidString_InEveryJsonFile()
    {
        var me = await SignUpWithDataInEverySourceAsync();

        var json = JsonEntries(await ExportAndDownloadAsync(me));

        var wrapped = json.SelectMany(file => Objects(file.Value).Where(IsWrappedValue).Select(o => $"{file.Key}: {o.GetRawText()}")).ToList();
        Assert.True(wrapped.Count == 0, string.Join('\n', wrapped));
        var ids = json.SelectMany(file => Objects(file.Value)
                .SelectMany(o => o.EnumerateObject())
                .Where(p => p.Name == "id" || p.Name.EndsWith("Id", StringComparison.Ordinal))
                .Select(p => (file.Key, p.Name, p.Value)))
            .ToList();
        Assert.Contains(ids, id => id.Key == "data/account.json" && id.Name == "id");
        Assert.Contains(ids, id => id.Key == "data/sessions.json" && id.Name == "id");
        Assert.All(ids, id => Assert.True(
            id.Value.ValueKind == JsonValueKind.Null || (id.Value.ValueKind == JsonValueKind.String && Guid.TryParse(id.Value.GetString(), out _)),
            $"{id.Key}: {id.Name} is {id.Value.GetRawText()}"));
        Assert.Equal(me.User.Id.ToString(), json["data/account.json"].GetProperty("id").GetString());
    }

    /// <summary>An object that is only <c>{"value": ...}</c>: a strongly typed id serialized as its record.</summary>
    private static bool IsWrappedValue(JsonElement element) =>
        element.EnumerateObject().Select(p => p.Name).SequenceEqual(["value"]);

    /// <summary>Every object in the document, at any depth.</summary>
    private static IEnumerable<JsonElement> Objects(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Objects(p.Value)).Prepend(element),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Objects),
            _ => [],
        };
}
