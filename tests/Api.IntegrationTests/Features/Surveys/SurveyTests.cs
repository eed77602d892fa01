using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Features.Billing;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Exports;
using Pixyer.Application.Features.Exports.RequestExport;
using Pixyer.Application.Features.Surveys;
using Pixyer.Application.Features.Surveys.ListOpenSurveys;
using Pixyer.Application.Features.Surveys.ListSurveys;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Surveys;

/// <summary>C6: staff define voluntary surveys; people answer once, read and delete their answers; not answering changes nothing.</summary>
/// <remarks>A billing test, so that a person who never answered can also subscribe.</remarks>
[Trait("Obligation", "C6")]
public sealed class SurveyTests(PixyerApiFactory app) : BillingTest(app)
{
    private const string Admin = "/api/v1/admin/surveys";
    private const string Open = "/api/v1/surveys";
    private const string Mine = "/api/v1/me/survey-responses";

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task SurveyLists_ShouldComeAPageAtATime_AndRefuseAPageTooLarge()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        var first = await DefineAsync(admin, openFor: TimeSpan.FromDays(2));
        var second = await DefineAsync(admin, openFor: TimeSpan.FromDays(3));

        var open = (await me.Client.GetFromJsonAsync<Paged<OpenSurvey>>($"{Open}?pageSize=1&page=2"))!;
        var staff = await Task.WhenAll(
            new[] { 1, 2 }.Select(async page => (await admin.Client.GetFromJsonAsync<Paged<SurveySummary>>($"{Admin}?pageSize=1&page={page}"))!));

        Assert.Equal((2, second.Id), (open.Total, Assert.Single(open.Items).Survey.Id));
        Assert.All(staff, page => Assert.Equal(2, page.Total));
        Assert.Equal(new[] { first.Id, second.Id }.Order(), staff.Select(page => Assert.Single(page.Items).Survey.Id).Order());
        foreach (var list in new[] { Open, Mine })
        {
            await Expect.StatusAsync(await me.Client.GetAsync($"{list}?pageSize={PageRequest.MaxPageSize + 1}"), HttpStatusCode.BadRequest);
        }

        await Expect.StatusAsync(await admin.Client.GetAsync($"{Admin}?page=0"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task OpenSurveys_ShouldListASurveyOnlyWithinItsWindow()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        var survey = await DefineAsync(admin, opensIn: TimeSpan.FromHours(1), openFor: TimeSpan.FromHours(1));

        var before = await ListOpenAsync(me);
        App.Clock.Advance(TimeSpan.FromHours(1));
        var during = await ListOpenAsync(me);
        App.Clock.Advance(TimeSpan.FromHours(1));
        var after = await ListOpenAsync(me);

        Assert.DoesNotContain(before, s => s.Survey.Id == survey.Id);
        var listed = Assert.Single(during, s => s.Survey.Id == survey.Id);
        Assert.False(listed.Answered);
        Assert.Equal(["single_choice", "multiple_choice", "scale", "free_text"], listed.Survey.Questions.Select(q => q.Kind));
        Assert.DoesNotContain(after, s => s.Survey.Id == survey.Id);
    }

    [Fact]
    public async Task Answer_ShouldBeListedAsMineCountedForStaffAndRefusedASecondTime()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        var survey = await DefineAsync(admin);

        var answered = await AnswerAsync(me, survey, ValidAnswers(survey));
        var second = await me.Client.PostAsJsonAsync(ResponsesOf(survey), new { answers = ValidAnswers(survey) });

        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        await Expect.ProblemAsync(second, HttpStatusCode.Conflict, "conflict");
        var response = Assert.Single((await me.Client.GetFromJsonAsync<Paged<SurveyResponseDto>>(Mine))!.Items);
        Assert.Equal(survey.Id, response.SurveyId);
        Assert.Equal(
            ["//Faster renders, please", "/4/", "Red|Blue//", "Yes//"],
            response.Answers.Select(a => $"{string.Join('|', a.Choices)}/{a.Scale}/{a.Text}").Order(StringComparer.Ordinal));
        Assert.True(Assert.Single(await ListOpenAsync(me), s => s.Survey.Id == survey.Id).Answered);
        Assert.Equal(1, Assert.Single((await admin.Client.GetFromJsonAsync<Paged<SurveySummary>>(Admin))!.Items, s => s.Survey.Id == survey.Id).Responses);
    }

    [Theory]
    [InlineData(0, """{ "choices": ["Maybe"] }""")]
    [InlineData(0, """{ "choices": ["Yes", "No"] }""")]
    [InlineData(1, """{ "choices": [] }""")]
    [InlineData(2, """{ "scale": 6 }""")]
    [InlineData(2, """{ "scale": 0 }""")]
    [InlineData(3, """{ "text": "This answer is far too long" }""")]
    [InlineData(3, """{ "choices": ["Yes"] }""")]
    public async Task Answer_WhenItDoesNotFitItsQuestion_ShouldAnswer400AndStoreNothing(int question, string answer)
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        var survey = await DefineAsync(admin);
        var given = JsonNode.Parse(answer)!.AsObject();
        given["questionId"] = survey.Questions[question].Id;

        var refused = await me.Client.PostAsJsonAsync(ResponsesOf(survey), new JsonObject { ["answers"] = new JsonArray(given) });

        await Expect.ProblemAsync(refused, HttpStatusCode.BadRequest, "validation");
        Assert.Empty((await me.Client.GetFromJsonAsync<Paged<SurveyResponseDto>>(Mine))!.Items);
    }

    [Fact]
    public async Task Answer_NamingAQuestionOfAnotherSurvey_ShouldAnswer400()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        var survey = await DefineAsync(admin);
        var other = await DefineAsync(admin);

        var refused = await me.Client.PostAsJsonAsync(ResponsesOf(survey), new { answers = new[] { new { questionId = other.Questions[2].Id, scale = 3 } } });

        await Expect.ProblemAsync(refused, HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task DeleteMine_ShouldRemoveItAndLetMeAnswerAgain_WhileAnothersAnswers404()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        var survey = await DefineAsync(admin);
        var mine = await ReadCreatedAsync(await AnswerAsync(me, survey, ValidAnswers(survey)));

        var byOther = await other.Client.DeleteAsync($"{Mine}/{mine.Id}");
        var byMe = await me.Client.DeleteAsync($"{Mine}/{mine.Id}");

        await Expect.ProblemAsync(byOther, HttpStatusCode.NotFound, "not-found");
        await Expect.StatusAsync(byMe, HttpStatusCode.NoContent);
        Assert.Empty((await me.Client.GetFromJsonAsync<Paged<SurveyResponseDto>>(Mine))!.Items);
        await Expect.StatusAsync(await AnswerAsync(me, survey, ValidAnswers(survey)), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Define_ByACustomer_ShouldAnswer403()
    {
        var me = await SignUpAsync();

        var refused = await me.Client.PostAsJsonAsync(Admin, DefinitionBody(TimeSpan.Zero, TimeSpan.FromDays(7)));

        await Expect.ProblemAsync(refused, HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await me.Client.GetAsync(Admin), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Support_ShouldReadTheSurveysButNotDefineOne()
    {
        var admin = await SignUpAdminAsync();
        var support = await SignUpAsync();
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{support.User.Id}/roles", new { roles = new[] { "Support" } }), HttpStatusCode.OK);
        var survey = await DefineAsync(admin);

        var listed = (await support.Client.GetFromJsonAsync<Paged<SurveySummary>>(Admin))!.Items;
        var refused = await support.Client.PostAsJsonAsync(Admin, DefinitionBody(TimeSpan.Zero, TimeSpan.FromDays(7)));

        Assert.Equal(0, Assert.Single(listed, s => s.Survey.Id == survey.Id).Responses);
        await Expect.ProblemAsync(refused, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Define_WithAScaleWithoutBoundsAndAChoiceQuestionWithoutChoices_ShouldAnswer400()
    {
        var admin = await SignUpAdminAsync();
        var now = App.Clock.GetUtcNow();

        var refused = await admin.Client.PostAsJsonAsync(Admin, new
        {
            title = "Broken",
            opensAt = now,
            closesAt = now.AddDays(1),
            questions = new object[] { new { kind = "scale", text = "How much?" }, new { kind = "single_choice", text = "Which?" } },
        });

        await Expect.ProblemAsync(refused, HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task PersonalData_ShouldExportMyAnswersAndEraseThem()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        var survey = await DefineAsync(admin);
        await AnswerAsync(me, survey, ValidAnswers(survey));

        var export = await PersonalDataRegistry.ExportAsync(App.Services, me.User.Id);
        await PersonalDataRegistry.EraseAsync(App.Services, me.User.Id);

        var exported = Assert.Single(export["survey-responses"].EnumerateArray());
        Assert.Contains("Faster renders, please", exported.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(await PersonalDataRegistry.FindRemainingAsync(App.Services, me.User.Id), r => r.Category == "survey-responses");
        Assert.Empty(await DatabaseScan.FindAsync(App, "Faster renders, please"));
    }

    [Fact]
    public async Task Service_ForAPersonWhoNeverAnsweredOrDeletedTheirAnswers_ShouldRegisterUploadGenerateSubscribeAndExport()
    {
        var admin = await StaffAsync();
        var plan = await PublishPlanAsync(admin);
        var survey = await DefineAsync(admin);
        var never = await SignUpAsync();
        var deleted = await SignUpAsync();
        var answer = await ReadCreatedAsync(await AnswerAsync(deleted, survey, ValidAnswers(survey)));
        await Expect.StatusAsync(await deleted.Client.DeleteAsync($"{Mine}/{answer.Id}"), HttpStatusCode.NoContent);

        foreach (var person in new[] { never, deleted })
        {
            var job = await RequestAcceptedAsync(person, await person.UploadPhotoAsync(BottleRed));
            await RunWorkerAsync();
            Assert.NotEmpty((await GetGenerationAsync(person, job)).AssetIds);
            var card = await AddedCardAsync(person);
            await Expect.StatusAsync(await SubscribeAsync(person, plan.Code, card.Id, Guid.NewGuid().ToString()), HttpStatusCode.Created);
            var export = await person.Client.PostAsync("/api/v1/me/exports", null);
            await Expect.StatusAsync(export, HttpStatusCode.Accepted);
            await App.Services.GetRequiredService<ExportWorker>().RunAsync("test-worker", CancellationToken.None);
            var state = (await person.Client.GetFromJsonAsync<ExportState>($"/api/v1/me/exports/{(await export.Content.ReadFromJsonAsync<ExportAccepted>())!.Id}"))!;
            Assert.Equal("ready", state.Status);
            await Expect.StatusAsync(await person.Client.GetAsync(state.DownloadUrl), HttpStatusCode.OK);
            Assert.Empty((await person.Client.GetFromJsonAsync<Paged<SurveyResponseDto>>(Mine))!.Items);
        }
    }

    private static object[] ValidAnswers(SurveyDto survey) =>
    [
        new { questionId = survey.Questions[0].Id, choices = new[] { "Yes" } },
        new { questionId = survey.Questions[1].Id, choices = new[] { "Red", "Blue" } },
        new { questionId = survey.Questions[2].Id, scale = 4 },
        new { questionId = survey.Questions[3].Id, text = "Faster renders, please" },
    ];

    private static string ResponsesOf(SurveyDto survey) => $"{Open}/{survey.Id}/responses";

    private static Task<HttpResponseMessage> AnswerAsync(SignedIn person, SurveyDto survey, object[] answers) =>
        person.Client.PostAsJsonAsync(ResponsesOf(survey), new { answers });

    private static async Task<SurveyResponseDto> ReadCreatedAsync(HttpResponseMessage response)
    {
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<SurveyResponseDto>())!;
    }

    private static async Task<IReadOnlyList<OpenSurvey>> ListOpenAsync(SignedIn person) =>
        (await person.Client.GetFromJsonAsync<Paged<OpenSurvey>>(Open))!.Items;

    private async Task<SurveyDto> DefineAsync(SignedIn admin, TimeSpan? opensIn = null, TimeSpan? openFor = null)
    {
        var response = await admin.Client.PostAsJsonAsync(Admin, DefinitionBody(opensIn ?? TimeSpan.Zero, openFor ?? TimeSpan.FromDays(7)));
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<SurveyDto>())!;
    }

    private object DefinitionBody(TimeSpan opensIn, TimeSpan openFor)
    {
        var opensAt = App.Clock.GetUtcNow() + opensIn;
        return new
        {
            title = "How do you like Pixyer?",
            opensAt,
            closesAt = opensAt + openFor,
            questions = new object[]
            {
                new { kind = "single_choice", text = "Would you recommend us?", choices = new[] { "Yes", "No" } },
                new { kind = "multiple_choice", text = "Which colours do you use?", choices = new[] { "Red", "Green", "Blue" } },
                new { kind = "scale", text = "How fast are renders?", scaleMin = 1, scaleMax = 5 },
                new { kind = "free_text", text = "What should we improve?", maxLength = 25 },
            },
        };
    }
}
