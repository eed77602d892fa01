using System.Net;
using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Notices.AnnounceViolation;
using Pixyer.Application.Features.Policies.ListNotices;

namespace Pixyer.Api.IntegrationTests.Features.Notices;

/// <summary>D1's exception: violations and fraud are announced publicly, with the person's identifiers masked.</summary>
[Trait("Obligation", "D1")]
public sealed class ViolationNoticeTests(PixyerApiFactory app) : ApiTest(app)
{
    private const string Announce = "/api/v1/admin/violation-notices";

    [Fact]
    public async Task Announce_ShouldPublishMaskedIdentifiersOnlyInTheNoticeTheNoticesListAndTheAudit()
    {
        var admin = await SignUpAdminAsync();
        var person = await SignUpAsync(email: "Peter.Fraudster+shop@example.com", username: "peterfraud77");

        var response = await admin.Client.PostAsJsonAsync(
            Announce,
            new { subjectId = person.User.Id, kind = "fraud", summary = "Paid with stolen cards on 3 occasions.", penalty = "Account closed permanently." });

        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var published = await response.Content.ReadAsStringAsync();
        using var anonymous = App.CreateApiClient();
        var listed = await anonymous.GetStringAsync("/api/v1/notices");
        var notice = Assert.Single((await anonymous.GetFromJsonAsync<Paged<Notice>>("/api/v1/notices"))!.Items, n => n.Kind == "violation");
        Assert.Contains("p***7", notice.Title, StringComparison.Ordinal);
        Assert.Contains("p***7 (p***@example.com)", notice.Body, StringComparison.Ordinal);
        Assert.Contains("Paid with stolen cards on 3 occasions.", notice.Body, StringComparison.Ordinal);
        Assert.Contains("Account closed permanently.", notice.Body, StringComparison.Ordinal);
        foreach (var identifier in new[] { person.User.Username, person.User.Email, "peter.fraudster", person.User.Id.ToString() })
        {
            Assert.DoesNotContain(identifier, published, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(identifier, listed, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var identifier in new[] { person.User.Username, "peter.fraudster" })
        {
            var stored = await DatabaseScan.FindAsync(App, identifier);
            Assert.DoesNotContain(stored, place => place.Contains("notice", StringComparison.OrdinalIgnoreCase)
                                                  || place.Contains("audit", StringComparison.OrdinalIgnoreCase));
        }

        var audited = await WithDatabaseAsync(db => Task.FromResult(db.AuditEntries.Count(e => e.RequestName == nameof(AnnounceViolationCommand))));
        Assert.Equal(1, audited);
    }

    [Theory]
    [InlineData("summary", "Account peterfraud77 resold generated assets.", "Suspended for 30 days.", "username")]
    [InlineData("summary", "PETERFRAUD77 resold generated assets.", "Suspended for 30 days.", "username")]
    [InlineData("summary", "Contacted peter.fraudster to resell.", "Suspended for 30 days.", "name of the person's e-mail address")]
    [InlineData("penalty", "Resold generated assets.", "Write to peter.fraudster+shop@example.com for appeals.", "e-mail address")]
    [InlineData("penalty", "Resold generated assets.", "Appeals to someone.else@example.org.", "e-mail address")]
    public async Task Announce_WhenTheTextCarriesAnUnmaskedIdentifier_ShouldAnswer422NamingTheFieldAndPublishNothing(
        string field, string summary, string penalty, string what)
    {
        var admin = await SignUpAdminAsync();
        var person = await SignUpAsync(email: "peter.fraudster+shop@example.com", username: "peterfraud77");

        var response = await admin.Client.PostAsJsonAsync(Announce, new { subjectId = person.User.Id, kind = "violation", summary, penalty });

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "identifier-not-masked");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.StartsWith($"'{field}' contains", detail, StringComparison.Ordinal);
        Assert.Contains(what, detail, StringComparison.Ordinal);
        Assert.DoesNotContain("peterfraud77", detail, StringComparison.OrdinalIgnoreCase);
        using var anonymous = App.CreateApiClient();
        Assert.DoesNotContain((await anonymous.GetFromJsonAsync<Paged<Notice>>("/api/v1/notices"))!.Items, n => n.Kind == "violation");
    }

    [Fact]
    public async Task Announce_AsACustomerOrWithAnUnknownKind_ShouldBeRefused()
    {
        var admin = await SignUpAdminAsync();
        var person = await SignUpAsync();
        var body = new { subjectId = person.User.Id, kind = "violation", summary = "Spam.", penalty = "Warning." };

        await Expect.ProblemAsync(await person.Client.PostAsJsonAsync(Announce, body), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(
            await admin.Client.PostAsJsonAsync(Announce, body with { kind = "rumour" }), HttpStatusCode.BadRequest, "validation");
        await Expect.ProblemAsync(
            await admin.Client.PostAsJsonAsync(Announce, body with { subjectId = Guid.NewGuid() }), HttpStatusCode.NotFound, "not-found");
    }
}
