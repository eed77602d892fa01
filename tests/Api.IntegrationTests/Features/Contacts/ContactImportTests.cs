using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Contacts;
using Pixyer.Application.Features.Contacts.ImportContacts;
using static Pixyer.Api.IntegrationTests.Features.Contacts.ContactFiles;

namespace Pixyer.Api.IntegrationTests.Features.Contacts;

/// <summary>
/// Contacts imported from an address book (C11) come in only with the <c>contacts_import</c> consent, keep a name, an
/// e-mail address and a phone number and nothing else, and go when the consent is withdrawn (G4) or the importer
/// deletes them (G5), with the account's erasure, and are in its export.
/// </summary>
[Trait("Obligation", "C11")]
public sealed class ContactImportTests(PixyerApiFactory app) : ApiTest(app)
{
    private const string Imports = "/api/v1/me/contacts/imports";
    private const string MyContacts = "/api/v1/me/contacts";

    [Fact]
    [Trait("Obligation", "G4")]
    public async Task ImportThreeContacts_WithoutTheConsent_ShouldAnswer403AndKeepNothing_AndWithItShouldImportAllThree()
    {
        var me = await SignUpAsync();

        var refused = await me.Client.PostAsync(Imports, Form(ThreeContacts, VCardType));

        var problem = await Expect.ProblemAsync(refused, HttpStatusCode.Forbidden, "consent-required");
        Assert.Equal("contacts_import", problem.GetProperty("purpose").GetString());
        Assert.Equal(0, await ContactRowsAsync());

        await ConsentAsync(me, granted: true);
        var result = await ImportAsync(me, ThreeContacts, VCardType);

        Assert.Equal(new ContactImportResult(3, 3, 0, 0), result);
        Assert.Equal(
            [("Ada Lovelace", "ada@example.org", "+44 20 7946 0001"), ("Alan Turing", null, "+44 161 496 0002"), ("Grace Brewster Hopper", "grace@example.org", null)],
            (await ListAsync(me)).Select(c => (c.Name, c.Email, c.Phone)));
    }

    [Fact]
    [Trait("Obligation", "G4")]
    public async Task WithdrawingTheConsent_ShouldLeaveZeroContactsInTheTable_AndRefuseTheNextImport()
    {
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        await ConsentAsync(me, granted: true);
        await ConsentAsync(other, granted: true);
        await ImportAsync(me, ThreeContacts, VCardType);
        await ImportAsync(other, Lines("BEGIN:VCARD", "VERSION:4.0", "FN:Someone Else", "END:VCARD"), VCardType);
        Assert.Equal(4, await ContactRowsAsync());

        await ConsentAsync(me, granted: false);

        Assert.Empty(await ListAsync(me));
        Assert.Equal(1, await ContactRowsAsync());
        Assert.Empty(await DatabaseScan.FindAsync(App, "ada@example.org"));
        Assert.Single(await ListAsync(other));
        await Expect.ProblemAsync(await me.Client.PostAsync(Imports, Form(ThreeContacts, VCardType)), HttpStatusCode.Forbidden, "consent-required");
    }

    [Theory]
    [InlineData(4, "BEGIN:VCARD", "VERSION:3.0", "FN:Ada Lovelace", "this line has no colon", "END:VCARD")]
    [InlineData(1, "FN:Ada Lovelace", "BEGIN:VCARD", "VERSION:3.0", "END:VCARD")]
    [InlineData(4, "BEGIN:VCARD", "VERSION:3.0", "FN:Ada Lovelace", "BEGIN:VCARD", "END:VCARD")]
    [InlineData(5, "BEGIN:VCARD", "VERSION:3.0", "FN:Ada", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "FN:Never closed")]
    [InlineData(1, "BEGIN:VCARD", "VERSION:2.1", "FN:Ada Lovelace", "END:VCARD")]
    [InlineData(1, "BEGIN:VCARD", "FN:Ada Lovelace", "END:VCARD")]
    public async Task ImportAMalformedVCard_ShouldAnswer422NamingTheLine_AndAddNothing(int line, params string[] lines)
    {
        var me = await SignUpAsync();
        await ConsentAsync(me, granted: true);

        var response = await me.Client.PostAsync(Imports, Form(Lines(lines), VCardType));

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "contacts-file-malformed");
        Assert.Equal(line, problem.GetProperty("line").GetInt32());
        Assert.StartsWith($"Line {line}: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Ada", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, await ContactRowsAsync());
    }

    [Fact]
    public async Task ImportVCard40_WithFoldedLinesEscapesAndTelUris_ShouldKeepNameEmailAndPhone()
    {
        var me = await SignUpAsync();
        await ConsentAsync(me, granted: true);
        var card = Lines(
            "\uFEFFBEGIN:VCARD",
            "VERSION:4.0",
            "FN:Katherine Johnson\\, NASA",
            "  Langley",
            "N:Johnson;Katherine;;;",
            "EMAIL;TYPE=work;PREF=1:katherine@example.org",
            "EMAIL;TYPE=home:kj-home@example.org",
            "TEL;VALUE=uri;TYPE=\"voice,cell\":tel:+1-757-555-0100",
            "ADR;TYPE=work;LABEL=\"1 Orbit Way: Hampton\":;;1 Orbit Way;Hampton;VA;23666;USA",
            "END:VCARD");

        var result = await ImportAsync(me, card, "text/vcard; charset=utf-8");

        Assert.Equal(1, result.Imported);
        var contact = Assert.Single(await ListAsync(me));
        Assert.Equal(("Katherine Johnson, NASA Langley", "katherine@example.org", "+1-757-555-0100"), (contact.Name, contact.Email, contact.Phone));
        Assert.Empty(await DatabaseScan.FindAsync(App, "kj-home@example.org"));
        Assert.Empty(await DatabaseScan.FindAsync(App, "Orbit Way"));
    }

    [Fact]
    [Trait("Obligation", "G5")]
    public async Task ImportedFields_OtherThanNameEmailAndPhone_ShouldNotBeStoredAnywhere()
    {
        var me = await SignUpAsync();
        await ConsentAsync(me, granted: true);

        await ImportAsync(me, ThreeContacts, VCardType);

        Assert.Equal(3, await ContactRowsAsync());
        Assert.NotEmpty(await DatabaseScan.FindAsync(App, "ada@example.org"));
        foreach (var dropped in new[] { "Analytical Engine Row", "Owes me a cup of tea", "Difference Engines", "1815-12-10", "/9j/4AAQ", "Bletchley" })
        {
            Assert.Empty(await DatabaseScan.FindAsync(App, dropped));
        }
    }

    [Fact]
    public async Task ImportCsv_WithAHeaderOfACommonExport_ShouldKeepNameEmailAndPhoneOnly()
    {
        var me = await SignUpAsync();
        await ConsentAsync(me, granted: true);
        var csv = Lines(
            "First Name,Last Name,E-mail Address,Mobile Phone,Notes,Home Street",
            "Ada,Lovelace,ada@example.org,+44 20 7946 0001,\"Tea, later\",12 Analytical Engine Row",
            "\"Grace \"\"Amazing\"\"\",Hopper,grace@example.org,,,",
            ",,,,only a note,");

        var result = await ImportAsync(me, csv, CsvType, "contacts.csv");

        Assert.Equal(new ContactImportResult(3, 2, 0, 1), result);
        Assert.Equal(
            [("Ada Lovelace", "ada@example.org", "+44 20 7946 0001"), ("Grace \"Amazing\" Hopper", "grace@example.org", null)],
            (await ListAsync(me)).Select(c => (c.Name, c.Email, c.Phone)));
        Assert.Empty(await DatabaseScan.FindAsync(App, "Tea, later"));
        Assert.Empty(await DatabaseScan.FindAsync(App, "only a note"));
        Assert.Empty(await DatabaseScan.FindAsync(App, "Analytical Engine Row"));
    }

    [Theory]
    [InlineData(3, "Name,Email", "Ada,ada@example.org", "Grace,grace@example.org,extra field")]
    [InlineData(2, "Name,Email", "\"Ada,ada@example.org", "Grace,grace@example.org")]
    [InlineData(1, "Street,City", "12 Row,London")]
    public async Task ImportAMalformedCsv_ShouldAnswer422NamingTheLine_AndAddNothing(int line, params string[] lines)
    {
        var me = await SignUpAsync();
        await ConsentAsync(me, granted: true);

        var response = await me.Client.PostAsync(Imports, Form(Lines(lines), CsvType, "contacts.csv"));

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "contacts-file-malformed");
        Assert.Equal(line, problem.GetProperty("line").GetInt32());
        Assert.Equal(0, await ContactRowsAsync());
    }

    [Fact]
    public async Task ImportingTheSameContactsAgain_ShouldNotDuplicateThem()
    {
        var me = await SignUpAsync();
        await ConsentAsync(me, granted: true);
        await ImportAsync(me, ThreeContacts, VCardType);

        var again = await ImportAsync(me, ThreeContacts, VCardType);
        var sameAddressOtherCase = await ImportAsync(me, Lines("Name,Email,Phone", "A. Lovelace,ADA@Example.org,", "A. Turing,,+44 (161) 496-0002", "Linus,,"), CsvType, "c.csv");

        Assert.Equal(new ContactImportResult(3, 0, 3, 0), again);
        Assert.Equal(new ContactImportResult(3, 1, 2, 0), sameAddressOtherCase);
        Assert.Equal(4, await ContactRowsAsync());
    }

    [Fact]
    public async Task ImportAFileOverTheConfiguredLimit_ShouldAnswer413WithThatLimit()
    {
        using var small = App.WithSettings(new() { ["Pixyer:Contacts:MaxImportBytes"] = "1000" });
        var me = await SignUpAsync();
        await ConsentAsync(me, granted: true);
        using var client = small.CreateApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", me.Session.Token);
        var big = string.Concat(Enumerable.Repeat(ThreeContacts, 5));
        Assert.InRange(big.Length, 1_001, 60_000);

        var response = await client.PostAsync(Imports, Form(big, VCardType));

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        Assert.Equal(1_000, problem.GetProperty("maxBytes").GetInt64());
        Assert.Equal(0, await ContactRowsAsync());
    }

    [Fact]
    public async Task ImportAFileOfAnotherType_ShouldAnswer415()
    {
        var me = await SignUpAsync();
        await ConsentAsync(me, granted: true);

        var response = await me.Client.PostAsync(Imports, Form(ThreeContacts, "application/pdf", "contacts.pdf"));

        await Expect.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-contacts-type");
        Assert.Equal(0, await ContactRowsAsync());
    }

    [Fact]
    [Trait("Obligation", "G5")]
    public async Task DeleteOneThenAll_ShouldRemoveThem_AndAnotherPersonsContactShouldAnswer404()
    {
        var me = await SignUpAsync();
        var intruder = await SignUpAsync();
        await ConsentAsync(me, granted: true);
        await ImportAsync(me, ThreeContacts, VCardType);
        var ada = (await ListAsync(me)).First(c => c.Name == "Ada Lovelace");

        await Expect.ProblemAsync(await intruder.Client.DeleteAsync($"{MyContacts}/{ada.Id}"), HttpStatusCode.NotFound, "not-found");
        Assert.Equal(3, (await ListAsync(me)).Count);

        await Expect.StatusAsync(await me.Client.DeleteAsync($"{MyContacts}/{ada.Id}"), HttpStatusCode.NoContent);
        Assert.DoesNotContain(ada.Id, (await ListAsync(me)).Select(c => c.Id));
        await Expect.ProblemAsync(await me.Client.DeleteAsync($"{MyContacts}/{ada.Id}"), HttpStatusCode.NotFound, "not-found");

        await Expect.StatusAsync(await me.Client.DeleteAsync(MyContacts), HttpStatusCode.NoContent);
        Assert.Empty(await ListAsync(me));
        Assert.Equal(0, await ContactRowsAsync());
    }

    [Fact]
    public async Task List_ShouldBePagedByName()
    {
        var me = await SignUpAsync();
        await ConsentAsync(me, granted: true);
        await ImportAsync(me, ThreeContacts, VCardType);

        var page = (await me.Client.GetFromJsonAsync<Paged<ContactDto>>($"{MyContacts}?page=2&pageSize=2"))!;

        Assert.Equal((3, "Grace Brewster Hopper"), (page.Total, Assert.Single(page.Items).Name));
    }

    [Fact]
    public async Task Export_ShouldHoldMyContactsAndNothingOfAnothers_AndErasureShouldRemoveThem()
    {
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        await ConsentAsync(me, granted: true);
        await ConsentAsync(other, granted: true);
        await ImportAsync(me, ThreeContacts, VCardType);
        await ImportAsync(other, Lines("BEGIN:VCARD", "VERSION:3.0", "FN:Theirs Only", "EMAIL:theirs@example.org", "END:VCARD"), VCardType);

        var export = (await PersonalDataRegistry.ExportAsync(App.Services, me.User.Id))["contacts"];

        Assert.Equal(
            [null, "ada@example.org", "grace@example.org"],
            export.EnumerateArray().Select(c => c.GetProperty("email").GetString()).Order());
        Assert.Equal(
            ["email", "id", "importedAt", "name", "phone"],
            export.EnumerateArray().First().EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("theirs@example.org", export.GetRawText(), StringComparison.Ordinal);

        await App.EraseAsync(me.User.Id);

        Assert.Empty(await DatabaseScan.FindAsync(App, "ada@example.org"));
        Assert.Empty(await DatabaseScan.FindAsync(App, "Alan Turing"));
        Assert.Equal(1, await ContactRowsAsync());
        Assert.Single(await ListAsync(other));
    }

    private static async Task ConsentAsync(SignedIn user, bool granted) =>
        await Expect.StatusAsync(await user.Client.PutAsJsonAsync("/api/v1/me/consents/contacts_import", new { granted }), HttpStatusCode.OK);

    private static async Task<ContactImportResult> ImportAsync(SignedIn user, string content, string contentType, string fileName = "contacts.vcf")
    {
        var response = await user.Client.PostAsync(Imports, Form(content, contentType, fileName));
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ContactImportResult>())!;
    }

    private static async Task<IReadOnlyList<ContactDto>> ListAsync(SignedIn user) =>
        (await user.Client.GetFromJsonAsync<Paged<ContactDto>>($"{MyContacts}?pageSize=100"))!.Items;

    /// <summary>The rows of the contacts table, counted on a connection of the test's own, not through the app.</summary>
    private async Task<long> ContactRowsAsync()
    {
        await using var connection = await App.Database.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM imported_contacts";
        return Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
