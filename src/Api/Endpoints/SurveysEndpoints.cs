using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Surveys;
using Pixyer.Application.Features.Surveys.DefineSurvey;
using Pixyer.Application.Features.Surveys.DeleteMySurveyResponse;
using Pixyer.Application.Features.Surveys.ListMySurveyResponses;
using Pixyer.Application.Features.Surveys.ListOpenSurveys;
using Pixyer.Application.Features.Surveys.ListSurveys;
using Pixyer.Application.Features.Surveys.SubmitSurveyResponse;

namespace Pixyer.Api.Endpoints;

/// <summary>Voluntary surveys (obligation C6): staff define them, people answer, read and delete their answers.</summary>
public sealed class SurveysEndpoints : IEndpointGroup
{
    public sealed record ResponseBody(IReadOnlyList<SurveyAnswerBody> Answers);

    public void Map(IEndpointRouteBuilder routes)
    {
        var surveys = routes.MapGroup("/surveys").WithTags("Surveys");

        surveys.MapGet("", ListOpen)
            .Sends<ListOpenSurveysQuery>()
            .WithName("ListOpenSurveys")
            .WithSummary("The surveys open now, soonest closing first, and whether I answered each; answering is always optional")
            .ProducesValidationProblem()
            .RequiresSession();

        surveys.MapPost("/{id:guid}/responses", Submit)
            .Sends<SubmitSurveyResponseCommand>()
            .WithName("SubmitSurveyResponse")
            .WithSummary("Answer an open survey once: per answered question, choices (single or multiple choice), scale or text")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresSession();

        var mine = routes.MapGroup("/me/survey-responses").WithTags("Surveys");

        mine.MapGet("", ListMine)
            .Sends<ListMySurveyResponsesQuery>()
            .WithName("ListMySurveyResponses")
            .WithSummary("My survey responses with their answers, newest first")
            .ProducesValidationProblem()
            .RequiresSession();

        mine.MapDelete("/{id:guid}", DeleteMine)
            .Sends<DeleteMySurveyResponseCommand>()
            .WithName("DeleteMySurveyResponse")
            .WithSummary("Delete one of my survey responses and its answers")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        var admin = routes.MapGroup("/admin/surveys").WithTags("Surveys");

        admin.MapGet("", List)
            .Sends<ListSurveysQuery>()
            .WithName("ListSurveys")
            .WithSummary("Every survey, latest opening first, with its number of responses (counts only)")
            .ProducesValidationProblem()
            .RequiresSession();

        admin.MapPost("", Define)
            .WithName("DefineSurvey")
            .WithSummary("Define a survey: title, opensAt, closesAt and questions (kind single_choice, multiple_choice, scale or free_text)")
            .ProducesValidationProblem()
            .RequiresSession();
    }

    private static async Task<Ok<Paged<OpenSurvey>>> ListOpen(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListOpenSurveysQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Created<SurveyResponseDto>> Submit(Guid id, ResponseBody body, ISender sender, CancellationToken cancellationToken)
    {
        var response = await sender.Send(new SubmitSurveyResponseCommand(id, body.Answers), cancellationToken);
        return TypedResults.Created($"/api/v1/me/survey-responses/{response.Id}", response);
    }

    private static async Task<Ok<Paged<SurveyResponseDto>>> ListMine(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMySurveyResponsesQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<NoContent> DeleteMine(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteMySurveyResponseCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Paged<SurveySummary>>> List(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListSurveysQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Created<SurveyDto>> Define(DefineSurveyCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var survey = await sender.Send(command, cancellationToken);
        return TypedResults.Created("/api/v1/admin/surveys", survey);
    }
}
