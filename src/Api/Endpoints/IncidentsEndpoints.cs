using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Incidents;
using Pixyer.Application.Features.Incidents.ChangeIncidentStatus;
using Pixyer.Application.Features.Incidents.DeclareIncident;
using Pixyer.Application.Features.Incidents.GetIncident;
using Pixyer.Application.Features.Incidents.ListIncidents;
using Pixyer.Application.Features.Incidents.ListMyNotices;
using Pixyer.Application.Features.Incidents.NotifyAffectedSubjects;
using Pixyer.Application.Features.Incidents.RecordRegulatorReport;
using Pixyer.Application.Common;
using Pixyer.Domain.Incidents;

namespace Pixyer.Api.Endpoints;

/// <summary>Security incidents (P3): the breach log for staff, and each person's own notices.</summary>
public sealed class IncidentsEndpoints : IEndpointGroup
{
    public sealed record StatusBody([property: WireNameOf<IncidentStatus>] string Status, string? Note);

    public sealed record RegulatorReportBody(
        string Authority, string Reference, [property: WireNameOf<ReportPhase>] string Phase, DateTimeOffset SentAt, string Content, string? DelayReason);

    public void Map(IEndpointRouteBuilder routes)
    {
        var incidents = routes.MapGroup("/admin/incidents").WithTags("Incidents");

        incidents.MapPost("", Declare)
            .WithName("DeclareIncident")
            .WithSummary("Declare a security incident; the server selects the affected accounts by the given rule and starts the 72-hour clock")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        incidents.MapGet("", List)
            .Sends<ListIncidentsQuery>()
            .WithName("ListIncidents")
            .WithSummary("The breach log: every incident, newest first, with its clock (overdue) and notification progress")
            .ProducesValidationProblem()
            .RequiresSession();

        incidents.MapGet("/{id:guid}", Get)
            .Sends<GetIncidentQuery>()
            .WithName("GetIncident")
            .WithSummary("One incident with its timeline, reports to the authority and notification progress")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        incidents.MapPost("/{id:guid}/status", ChangeStatus)
            .Sends<ChangeIncidentStatusCommand>()
            .WithName("ChangeIncidentStatus")
            .WithSummary("Move an incident forward (contained, closed); notified is reached by completing its notifications")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        incidents.MapPost("/{id:guid}/regulator-reports", RecordReport)
            .Sends<RecordRegulatorReportCommand>()
            .WithName("RecordRegulatorReport")
            .WithSummary("Record a report to the supervisory authority; a first report after 72 hours needs the reason for the delay")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        incidents.MapPost("/{id:guid}/notifications", Notify)
            .Sends<NotifyAffectedSubjectsCommand>()
            .WithName("NotifyAffectedSubjects")
            .WithSummary("Tell every affected person (one mail each, in batches, never twice) and publish the public notice where "
                         + "individual notice is impractical; idempotent, answers the progress")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        routes.MapGet("/me/notices", MyNotices)
            .Sends<ListMyNoticesQuery>()
            .WithTags("Incidents")
            .WithName("ListMyNotices")
            .WithSummary("Notices addressed to me: each incident that affected my data, once I was told")
            .ProducesValidationProblem()
            .RequiresSession();
    }

    private static async Task<Created<IncidentDetails>> Declare(DeclareIncidentCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var incident = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/incidents/{incident.Id}", incident);
    }

    private static async Task<Ok<Paged<IncidentSummary>>> List(
        int? page, int? pageSize, [WireNameOf<IncidentStatus>] string? status, bool? overdue, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListIncidentsQuery(Paging.From(page, pageSize), status, overdue), cancellationToken));

    private static async Task<Ok<IncidentDetails>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetIncidentQuery(id), cancellationToken));

    private static async Task<Ok<IncidentDetails>> ChangeStatus(Guid id, StatusBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ChangeIncidentStatusCommand(id, body.Status, body.Note), cancellationToken));

    private static async Task<Created<RegulatorReportDto>> RecordReport(
        Guid id, RegulatorReportBody body, ISender sender, CancellationToken cancellationToken)
    {
        var report = await sender.Send(
            new RecordRegulatorReportCommand(id, body.Authority, body.Reference, body.Phase, body.SentAt, body.Content, body.DelayReason),
            cancellationToken);
        return TypedResults.Created($"/api/v1/admin/incidents/{id}", report);
    }

    private static async Task<Accepted<NotificationProgress>> Notify(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Accepted($"/api/v1/admin/incidents/{id}", await sender.Send(new NotifyAffectedSubjectsCommand(id), cancellationToken));

    private static async Task<Ok<Paged<MyNotice>>> MyNotices(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyNoticesQuery(Paging.From(page, pageSize)), cancellationToken));
}
