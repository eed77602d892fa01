using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mediator;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Features.Privacy.ListProcessingActivities;

namespace Pixyer.Api.IntegrationTests.Features.Privacy;

public sealed partial class ProcessingRegisterTests(PixyerApiFactory app) : ApiTest(app)
{
    /// <summary>What the register must cover, found independently of it: every command and query of Application.</summary>
    private static readonly IReadOnlyList<Type> RequestTypes = typeof(Application.DependencyInjection).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false }
            && (typeof(IBaseCommand).IsAssignableFrom(t) || typeof(IBaseQuery).IsAssignableFrom(t)))
        .ToList();

    [Fact]
    [Trait("Obligation", "U1")]
    [Trait("Obligation", "U10")]
    public async Task Register_ShouldListEveryRequestOfTheApplicationSortedByName()
    {
        var register = await GetRegisterAsync();

        var expected = RequestTypes.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("RegisterAccountCommand", expected);
        Assert.Contains(nameof(ListProcessingActivitiesQuery), expected);
        Assert.Equal(expected, register.Items.Select(a => a.Request));
        Assert.Equal(expected.Count, register.Total);
    }

    [Fact]
    [Trait("Obligation", "U1")]
    [Trait("Obligation", "U10")]
    public async Task Register_ShouldGiveEveryActivityItsPurposeLegalBasisCategoriesRecipientsAndRetention()
    {
        var register = await GetRegisterAsync();

        Assert.NotEmpty(register.Items);
        foreach (var activity in register.Items)
        {
            var type = RequestTypes.Single(t => t.Name == activity.Request);
            Assert.Equal(typeof(IBaseCommand).IsAssignableFrom(type) ? "command" : "query", activity.Kind);
            Assert.Matches(WireName(), activity.Purpose);
            Assert.Matches(WireName(), activity.LegalBasis);
            Assert.NotEmpty(activity.Obligations);
            Assert.All(activity.Obligations, o => Assert.Matches(@"^U([1-9]|10)$", o));
            Assert.NotEmpty(activity.DataCategories);
            Assert.All(activity.DataCategories, c => Assert.Matches(WireName(), c));
            Assert.All(activity.RecipientCategories, c => Assert.Matches(WireName(), c));
            Assert.NotEmpty(activity.Retention);
            Assert.All(activity.Retention, r => Assert.False(string.IsNullOrWhiteSpace(r)));
        }
    }

    [Fact]
    [Trait("Obligation", "U1")]
    [Trait("Obligation", "U10")]
    public async Task Register_ShouldSpellOutWhatARequestDeclares()
    {
        var register = await GetRegisterAsync();

        var registration = register.Items.Single(a => a.Request == "RegisterAccountCommand");
        Assert.Equal("command", registration.Kind);
        Assert.Equal("account_management", registration.Purpose);
        Assert.Equal(["U1"], registration.Obligations);
        Assert.Equal("contract", registration.LegalBasis);
        Assert.Equal(["identity", "contact", "credentials", "date_of_birth"], registration.DataCategories);
        Assert.Contains("cloud_storage", registration.RecipientCategories);
        Assert.Contains("marketing_and_email_platforms", registration.RecipientCategories);
        Assert.DoesNotContain("business_needs", registration.RecipientCategories);
        Assert.Contains(registration.Retention, r => r.Contains("24 months", StringComparison.Ordinal) && r.Contains("180 days", StringComparison.Ordinal));

        var audit = register.Items.Single(a => a.Request == "ListAuditEntriesQuery");
        Assert.Equal(("query", "legal_compliance", "legal_obligation"), (audit.Kind, audit.Purpose, audit.LegalBasis));
        Assert.Equal(["U10"], audit.Obligations);
        Assert.Equal(["audit_trail"], audit.DataCategories);
        Assert.Equal(["kept for the legal period, pseudonymous (G2)"], audit.Retention);

        var itself = register.Items.Single(a => a.Request == nameof(ListProcessingActivitiesQuery));
        Assert.Equal(["none"], itself.DataCategories);
        Assert.Empty(itself.RecipientCategories);
        Assert.Equal(["none: no personal data"], itself.Retention);
    }

    [Theory]
    [InlineData("CountDueOutboxMessagesQuery", "service_operations", "U5")]
    [InlineData("VerifyEmailCommand", "identity_verification", "U6")]
    [InlineData("SetSubjectRolesCommand", "security", "U7")]
    [InlineData("DeliverOutboxCommand", "operational_email", "U8")]
    [Trait("Obligation", "U5")]
    [Trait("Obligation", "U6")]
    [Trait("Obligation", "U7")]
    [Trait("Obligation", "U8")]
    public async Task Register_ShouldNameTheObligationEachPurposeServes(string request, string purpose, string obligation)
    {
        var register = await GetRegisterAsync();

        var activity = register.Items.Single(a => a.Request == request);

        Assert.Equal(purpose, activity.Purpose);
        Assert.Equal([obligation], activity.Obligations);
    }

    [Fact]
    [Trait("Obligation", "U1")]
    [Trait("Obligation", "U10")]
    [Trait("Obligation", "U3")]
    public async Task Register_ShouldNameTheConsentPurposeOfExactlyTheRequestsThatDeclareOne()
    {
        var register = await GetRegisterAsync();

        Assert.Contains(register.Items, a => a is { Request: "SubmitModelFeedbackCommand", ConsentPurpose: "model_improvement" });
        Assert.Contains(register.Items, a => a is { Request: "RecordAnalyticsEventCommand", ConsentPurpose: "analytics_cookies" });
        Assert.Contains(register.Items, a => a is { Request: "ListTrainingSetQuery", ConsentPurpose: "model_improvement" });
        foreach (var activity in register.Items)
        {
            var type = RequestTypes.Single(t => t.Name == activity.Request);
            var declared = type.GetCustomAttribute<RequiresConsentAttribute>()?.Purpose ?? type.GetCustomAttribute<ConsentOfSubjectsAttribute>()?.Purpose;
            Assert.Equal(declared is { } purpose ? ConsentPurposes.NameOf(purpose) : null, activity.ConsentPurpose);
        }
    }

    [Fact]
    [Trait("Obligation", "U1")]
    [Trait("Obligation", "U10")]
    public async Task Register_WhenAskedForCsv_ShouldAnswerTheSameRowsAsRfc4180Csv()
    {
        var register = await GetRegisterAsync();

        var response = await Client.GetAsync($"{PrivacyRequests.Register}?format=csv");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var rows = CsvReader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            ["request", "kind", "purpose", "obligations", "legalBasis", "dataCategories", "consentPurpose", "recipientCategories", "retention"],
            rows[0]);
        Assert.Equal(register.Total, rows.Count - 1);
        foreach (var (activity, row) in register.Items.Zip(rows.Skip(1)))
        {
            Assert.Equal(
                [
                    activity.Request, activity.Kind, activity.Purpose, string.Join("; ", activity.Obligations), activity.LegalBasis,
                    string.Join("; ", activity.DataCategories), activity.ConsentPurpose ?? "", string.Join("; ", activity.RecipientCategories),
                    string.Join("; ", activity.Retention),
                ],
                row);
        }

        // The retention rules hold commas: quoting is exercised, not assumed.
        Assert.Contains(register.Items, a => a.Retention.Any(r => r.Contains(',', StringComparison.Ordinal)));
    }

    [Fact]
    [Trait("Obligation", "U1")]
    public async Task OpenApi_ShouldDocumentTheRegisterAsJsonAndCsv()
    {
        var document = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;

        var ok = document.GetProperty("paths").GetProperty(PrivacyRequests.Register).GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Equal(["application/json", "text/csv"], ok.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.False(ok.GetProperty("text/csv").TryGetProperty("schema", out _), "a raw CSV body is described by its media type alone");
    }

    [Fact]
    [Trait("Obligation", "U1")]
    public async Task Register_WhenAskedForJsonExplicitly_ShouldAnswerJson()
    {
        var response = await Client.GetAsync($"{PrivacyRequests.Register}?format=json");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty((await response.Content.ReadFromJsonAsync<ProcessingActivityList>())!.Items);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("")]
    [Trait("Obligation", "U1")]
    public async Task Register_WhenFormatIsUnknown_ShouldAnswer400ValidationProblem(string format)
    {
        var response = await Client.GetAsync($"{PrivacyRequests.Register}?format={format}");

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("format", out _), problem.ToString());
    }

    private Task<ProcessingActivityList> GetRegisterAsync() => Client.GetOkAsync<ProcessingActivityList>(PrivacyRequests.Register);

    [GeneratedRegex("^[a-z]+(_[a-z]+)*$")]
    private static partial Regex WireName();
}
