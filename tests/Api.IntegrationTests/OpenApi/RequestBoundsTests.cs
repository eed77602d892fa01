using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Common;
using Pixyer.Domain.Inquiries;
using Pixyer.Domain.Rights;
using Pixyer.Domain.Surveys;

namespace Pixyer.Api.IntegrationTests.OpenApi;

/// <summary>
/// What a client sends is bounded (OWASP API4, resource exhaustion): the server refuses a longer string, a longer list or
/// a larger number, and the OpenAPI document states the same bounds, read from the validators that enforce them.
/// </summary>
[Trait("Obligation", "P1")]
public sealed class RequestBoundsTests(PixyerApiFactory app) : ApiTest(app)
{
    /// <summary>Left to their own rules: a formatted string has its fixed length, paging and tokens are bounded elsewhere.</summary>
    private static readonly HashSet<string> BoundedElsewhere = ["page", "pageSize", "token", "Deletion-Token"];

    [Fact]
    public async Task OpenApiDocument_ShouldStateTheBoundsTheValidatorsEnforce()
    {
        var document = await DocumentAsync();

        Assert.Equal(Inquiry.SubjectMaxLength, Property(document, "SubmitInquiryCommand", "subject").GetProperty("maxLength").GetInt32());
        Assert.Equal(Survey.MaxQuestions, Property(document, "DefineSurveyCommand", "questions").GetProperty("maxItems").GetInt32());
        // A ChildRules() validator bounds the list's items, and the members of the objects in it.
        Assert.Equal(SurveyQuestion.ChoiceMaxLength,
            Property(document, "SurveyQuestionBody", "choices").GetProperty("items").GetProperty("maxLength").GetInt32());
        // A body record the endpoint copies into its command takes the command's bounds.
        var days = Property(document, "ExtensionBody", "days");
        Assert.Equal((1, (int)RightsRequest.MaxExtension.TotalDays), (days.GetProperty("minimum").GetInt32(), days.GetProperty("maximum").GetInt32()));
        // A SetValidator()'s validator bounds the members of the object, with what it Include()s.
        Assert.Equal(CountryCode.Length, Property(document, "NewHolder", "country").GetProperty("maxLength").GetInt32());
        var version = Parameter(document, "/api/v1/policies/{version}", "get", "version");
        Assert.Equal(Domain.Policies.PolicyVersion.VersionMaxLength, version.GetProperty("maxLength").GetInt32());
        var text = document.GetProperty("paths").GetProperty("/api/v1/inquiries/{id}/messages").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties").GetProperty("text");
        Assert.Equal(InquiryMessage.TextMaxLength, text.GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public async Task OpenApiDocument_ShouldBoundEveryStringIntegerAndListAClientSends()
    {
        var document = await DocumentAsync();
        var unbounded = new List<string>();

        foreach (var name in RequestSchemas(document))
        {
            Collect(document.GetProperty("components").GetProperty("schemas").GetProperty(name), name, unbounded);
        }

        foreach (var (path, method, operation) in Operations(document))
        {
            var parameters = operation.TryGetProperty("parameters", out var declared) ? declared.EnumerateArray().ToList() : [];
            foreach (var parameter in parameters.Where(p => !BoundedElsewhere.Contains(p.GetProperty("name").GetString()!)))
            {
                Collect(parameter.GetProperty("schema"), $"{method} {path} {parameter.GetProperty("name").GetString()}", unbounded);
            }

            if (operation.TryGetProperty("requestBody", out var body))
            {
                Collect(body, $"{method} {path} body", unbounded);
            }
        }

        Assert.Empty(unbounded);
    }

    [Fact]
    public async Task AcceptPolicy_WithAVersionLongerThanAnyVersion_ShouldAnswer400NamingIt()
    {
        var person = await SignUpAsync();

        var refused = await person.Client.PostAsJsonAsync("/api/v1/me/policy-acceptances", new { version = new string('1', Domain.Policies.PolicyVersion.VersionMaxLength + 1) });

        await ExpectRefusedAsync(refused, "version");
    }

    [Fact]
    public async Task PolicyByVersion_WithAVersionLongerThanAnyVersion_ShouldAnswer400NamingIt()
    {
        var refused = await Client.GetAsync($"/api/v1/policies/{new string('1', Domain.Policies.PolicyVersion.VersionMaxLength + 1)}");

        await ExpectRefusedAsync(refused, "version");
    }

    [Fact]
    public async Task DefineSurvey_WithMoreQuestionsThanASurveyHolds_ShouldAnswer400NamingThem()
    {
        var admin = await SignUpAdminAsync();
        var now = App.Clock.GetUtcNow();
        var question = new { kind = "free_text", text = "What should we improve?" };

        var refused = await admin.Client.PostAsJsonAsync("/api/v1/admin/surveys", new
        {
            title = "Too long",
            opensAt = now,
            closesAt = now.AddDays(1),
            questions = Enumerable.Repeat(question, Survey.MaxQuestions + 1),
        });

        await ExpectRefusedAsync(refused, "questions");
    }

    [Fact]
    public async Task ExtendRightsRequest_ByMoreDaysThanTheLawAllows_ShouldAnswer400NamingThem()
    {
        var admin = await SignUpAdminAsync();

        var refused = await admin.Client.PostAsJsonAsync(
            $"/api/v1/admin/rights-requests/{Guid.NewGuid()}/extension", new { days = (int)RightsRequest.MaxExtension.TotalDays + 1, reason = "Complex request" });

        await ExpectRefusedAsync(refused, "days");
    }

    private static async Task ExpectRefusedAsync(HttpResponseMessage response, string field)
    {
        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"the problem names {field}: {problem}");
    }

    /// <summary>The schemas a request body refers to, and those they refer to in turn.</summary>
    private static HashSet<string> RequestSchemas(JsonElement document)
    {
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var found = new HashSet<string>();
        var pending = new Stack<JsonElement>(Operations(document)
            .Where(o => o.Operation.TryGetProperty("requestBody", out _)).Select(o => o.Operation.GetProperty("requestBody")));
        while (pending.TryPop(out var node))
        {
            foreach (var reference in References(node).Where(found.Add))
            {
                pending.Push(schemas.GetProperty(reference));
            }
        }

        return found;
    }

    private static IEnumerable<string> References(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => node.EnumerateObject().SelectMany(p => p.Name == "$ref"
            ? [p.Value.GetString()!.Split('/')[^1]]
            : References(p.Value)),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(References),
        _ => [],
    };

    private static void Collect(JsonElement node, string where, List<string> unbounded)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, where, unbounded);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        // An object's "type" is a schema keyword, or a property of that name (then an object itself).
        List<string?> types = node.TryGetProperty("type", out var type) ? type.ValueKind switch
        {
            JsonValueKind.Array => type.EnumerateArray().Select(t => t.GetString()).ToList(),
            JsonValueKind.String => [type.GetString()],
            _ => [],
        } : [];
        bool Has(string keyword) => node.TryGetProperty(keyword, out _);
        if (types.Contains("string") && !Has("format") && !Has("maxLength") && !Has("enum") && !Has("const")
            || types.Contains("integer") && !(Has("minimum") && Has("maximum"))
            || types.Contains("array") && !Has("maxItems"))
        {
            unbounded.Add(where);
        }

        foreach (var property in node.EnumerateObject().Where(p => p.Name != "example"))
        {
            Collect(property.Value, $"{where}.{property.Name}", unbounded);
        }
    }

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;

    private static JsonElement Property(JsonElement document, string schema, string property) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(property);

    private static JsonElement Parameter(JsonElement document, string path, string method, string name) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => (path.Name, method.Name, method.Value)));
}
