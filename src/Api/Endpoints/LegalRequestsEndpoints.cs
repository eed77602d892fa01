using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Pixyer.Api.Http;
using Pixyer.Application;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.LegalRequests;
using Pixyer.Application.Features.LegalRequests.AttachLegalRequestDocument;
using Pixyer.Application.Features.LegalRequests.DecideLegalRequest;
using Pixyer.Application.Features.LegalRequests.GetLegalRequest;
using Pixyer.Application.Features.LegalRequests.GetLegalRequestFile;
using Pixyer.Application.Features.LegalRequests.ListLegalRequests;
using Pixyer.Application.Features.LegalRequests.RecordLegalRequest;
using Pixyer.Application.Common;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Api.Endpoints;

/// <summary>Requests from authorities (obligation E1): record, attach the legal document, decide, and read back.</summary>
public sealed class LegalRequestsEndpoints : IEndpointGroup
{
    public sealed record DecisionBody(
        [property: OneOfNames(DecideLegalRequestCommand.Approve, DecideLegalRequestCommand.Refuse)] string Decision, string? Reason, bool? NotifySubjects, string? WithholdingReason);

    public void Map(IEndpointRouteBuilder routes)
    {
        var maxDocumentBytes = routes.ServiceProvider.GetRequiredService<IOptions<PixyerOptions>>().Value.LegalRequests.MaxDocumentBytes;
        var requests = routes.MapGroup("/admin/legal-requests").WithTags("Legal requests");

        requests.MapGet("", List)
            .Sends<ListLegalRequestsQuery>()
            .WithName("ListLegalRequests")
            .WithSummary("Legal requests, newest received first; filter by status, subjectId (a subject of the scope) or authorityId")
            .ProducesValidationProblem()
            .RequiresSession();

        requests.MapPost("", Record)
            .WithName("RecordLegalRequest")
            .WithSummary("Record a request from an authority: authorityKey (a recipient of category authorities), legal basis, document "
                         + "reference, receivedAt, scope (subjectIds, categories) and reviewerId; nothing is disclosed yet")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        requests.MapGet("/{id:guid}", Get)
            .Sends<GetLegalRequestQuery>()
            .WithName("GetLegalRequest")
            .WithSummary("One legal request: document hash, scope, reviewer, decision and status timeline")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        requests.MapPut("/{id:guid}/document", AttachDocument)
            .Sends<AttachLegalRequestDocumentCommand>()
            .WithName("AttachLegalRequestDocument")
            .WithSummary("Upload the authority's legal document as the raw body (PDF, JPEG, PNG or WebP, recognised from its bytes); "
                         + "?reference= sets its reference when the request has none yet. Its SHA-256 is recorded")
            .WithDescription($"At most {maxDocumentBytes} bytes (413 `payload-too-large`); another type answers 415 `unsupported-document-type`; "
                             + "after the decision 409.")
            .Accepts<Stream>("application/pdf", "image/jpeg", "image/png", "image/webp")
            .WithRequestBodyLimit(maxDocumentBytes)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequiresSession();

        requests.MapGet("/{id:guid}/document", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                FileOf(id, LegalRequestFileKind.Document, sender, cancellationToken))
            .Sends<GetLegalRequestFileQuery>()
            .WithName("GetLegalRequestDocument")
            .WithSummary("The legal document as uploaded")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf", "image/jpeg", "image/png", "image/webp")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        requests.MapPost("/{id:guid}/decision", Decide)
            .Sends<DecideLegalRequestCommand>()
            .WithName("DecideLegalRequest")
            .WithSummary("Approve (notifySubjects, and withholdingReason when false) or refuse (reason) the request, once")
            .WithDescription("Approval needs the document's reference and the document (422 `legal-document-missing`); it builds the "
                             + "archive for the authority and records one disclosure per subject. A second decision answers 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        requests.MapGet("/{id:guid}/export", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                FileOf(id, LegalRequestFileKind.Export, sender, cancellationToken))
            .Sends<GetLegalRequestFileQuery>()
            .WithName("GetLegalRequestExport")
            .WithSummary("The ZIP archive the approval disclosed to the authority (subjects/{id}/data/{category}.json, legal-request.json)")
            .Produces<Stream>(StatusCodes.Status200OK, "application/zip")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .RequiresSession();
    }

    private static async Task<Ok<Paged<LegalRequestDto>>> List(
        int? page, int? pageSize, [WireNameOf<LegalRequestStatus>] string? status, Guid? subjectId, Guid? authorityId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListLegalRequestsQuery(Paging.From(page, pageSize), status, subjectId, authorityId), cancellationToken));

    private static async Task<Created<LegalRequestDto>> Record(RecordLegalRequestCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var request = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/legal-requests/{request.Id}", request);
    }

    private static async Task<Ok<LegalRequestDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetLegalRequestQuery(id), cancellationToken));

    private static async Task<Ok<LegalRequestDto>> AttachDocument(
        Guid id, string? reference, HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new AttachLegalRequestDocumentCommand(id, reference, request.Body), cancellationToken));

    private static async Task<Ok<LegalRequestDto>> Decide(Guid id, DecisionBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new DecideLegalRequestCommand(id, body.Decision, body.Reason, body.NotifySubjects, body.WithholdingReason), cancellationToken));

    private static async Task<FileContentHttpResult> FileOf(Guid id, LegalRequestFileKind kind, ISender sender, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new GetLegalRequestFileQuery(id, kind), cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
