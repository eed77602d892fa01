using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Inquiries;
using Pixyer.Application.Features.Inquiries.AssignInquiry;
using Pixyer.Application.Features.Inquiries.ChangeInquiryStatus;
using Pixyer.Application.Features.Inquiries.GetInquiryAttachmentForStaff;
using Pixyer.Application.Features.Inquiries.GetInquiryForStaff;
using Pixyer.Application.Features.Inquiries.ListInquiries;
using Pixyer.Application.Features.Inquiries.ReplyToInquiry;
using Pixyer.Application.Features.Uploads;
using Pixyer.Application.Common;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Api.Endpoints;

/// <summary>The support queue (Q1, U4): Support and up read, assign, reply and close.</summary>
public sealed class AdminInquiriesEndpoints : IEndpointGroup
{
    public sealed record InquiryAssignmentBody(Guid? AssigneeId);

    public sealed record InquiryStatusBody([property: WireNameOf<InquiryStatus>] string Status);

    public void Map(IEndpointRouteBuilder routes)
    {
        var limits = routes.ServiceProvider.GetRequiredService<IOptions<UploadOptions>>().Value;
        var queue = routes.MapGroup("/admin/inquiries").WithTags("Admin");

        queue.MapGet("", List)
            .Sends<ListInquiriesQuery>()
            .WithName("ListInquiries")
            .WithSummary("The support queue, oldest due first; ?status= (open, waiting_on_customer, answered, closed), ?overdue=true")
            .ProducesValidationProblem()
            .RequiresSession();

        queue.MapGet("/{id:guid}", Get)
            .Sends<GetInquiryForStaffQuery>()
            .WithName("GetInquiryForStaff")
            .WithSummary("An inquiry in the queue with its thread and who wrote it")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        queue.MapGet("/{id:guid}/messages/{messageId:guid}/image", Image)
            .Sends<GetInquiryAttachmentForStaffQuery>()
            .WithName("GetInquiryImageForStaff")
            .WithSummary("The image of a message in a thread of the queue (re-encoded, without metadata)")
            .Produces<Stream>(StatusCodes.Status200OK, "image/jpeg", "image/png", "image/webp")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        queue.MapPost("/{id:guid}/messages", Reply)
            .Sends<ReplyToInquiryCommand>()
            .WithName("ReplyToInquiry")
            .WithSummary("Reply (multipart: `text`, optionally `verificationQuestion=true` and an `image`); an answer stops the clock")
            .WithDescription(
                "An answer sets the thread `answered` and stops its response deadline; a verification question (the "
                + "information asked to confirm who is writing) sets it `waiting_on_customer` and is kept in the thread. The "
                + "requester is mailed that there is a reply. A closed thread answers 422 `inquiry-closed`.")
            .DisableAntiforgery()
            .WithRequestBodyLimit(limits.MaxRequestBytes)
            .WithFormOptions(memoryBufferThreshold: (int)limits.MaxRequestBytes, multipartBodyLengthLimit: limits.MaxRequestBytes)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        queue.MapPost("/{id:guid}/assignment", Assign)
            .Sends<AssignInquiryCommand>()
            .WithName("AssignInquiry")
            .WithSummary("Give the inquiry to a staff member (assigneeId), or take it back (null)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        queue.MapPost("/{id:guid}/status", ChangeStatus)
            .Sends<ChangeInquiryStatusCommand>()
            .WithName("ChangeInquiryStatus")
            .WithSummary("Move the inquiry to another status; `closed` is final and stops the clock")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();
    }

    private static async Task<Ok<Paged<InquirySummaryDto>>> List(
        [WireNameOf<InquiryStatus>] string? status, bool? overdue, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListInquiriesQuery(status, overdue ?? false, Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<StaffInquiryDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetInquiryForStaffQuery(id), cancellationToken));

    private static async Task<FileStreamHttpResult> Image(Guid id, Guid messageId, ISender sender, CancellationToken cancellationToken)
    {
        var image = await sender.Send(new GetInquiryAttachmentForStaffQuery(id, messageId), cancellationToken);
        return TypedResults.Stream(image.Content, image.ContentType);
    }

    private static async Task<Ok<InquiryDto>> Reply(
        Guid id, [FromForm] string? text, [FromForm] bool? verificationQuestion, IFormFile? image, ISender sender, CancellationToken cancellationToken)
    {
        await using var content = image?.OpenReadStream();
        var attached = image is null ? null : new InquiryImage(image.FileName, content!);
        return TypedResults.Ok(await sender.Send(new ReplyToInquiryCommand(id, text ?? "", verificationQuestion ?? false, attached), cancellationToken));
    }

    private static async Task<Ok<InquirySummaryDto>> Assign(Guid id, InquiryAssignmentBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new AssignInquiryCommand(id, body.AssigneeId), cancellationToken));

    private static async Task<Ok<InquirySummaryDto>> ChangeStatus(Guid id, InquiryStatusBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ChangeInquiryStatusCommand(id, body.Status), cancellationToken));
}
