using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Inquiries;
using Pixyer.Application.Features.Inquiries.GetInquiry;
using Pixyer.Application.Features.Inquiries.GetInquiryAttachment;
using Pixyer.Application.Features.Inquiries.ListMyInquiries;
using Pixyer.Application.Features.Inquiries.PostInquiryMessage;
using Pixyer.Application.Features.Inquiries.SubmitInquiry;
using Pixyer.Application.Features.Inquiries.VerifyInquiryEmail;
using Pixyer.Application.Features.Uploads;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Pixyer.Api.Endpoints;

/// <summary>The requester's side of inquiries and complaints (C7, Q1, U4): signed in, or anonymous with the mailed token.</summary>
public sealed class InquiriesEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var limits = routes.ServiceProvider.GetRequiredService<IOptions<UploadOptions>>().Value;
        var inquiries = routes.MapGroup("/inquiries").WithTags("Inquiries");

        // Anonymous, mails whatever address it is given: limited like registration.
        inquiries.MapPost("", Submit)
            .Sends<SubmitInquiryCommand>()
            .WithName("SubmitInquiry")
            .WithSummary("Write to support: a question, complaint, privacy_request or after_sales request, with a subject and a message")
            .WithDescription(
                "Signed in, the inquiry names the account and reaches support at once. Anonymously, give name and email: the "
                + "address is mailed a link to verify it (support sees the inquiry only after that) and to read, answer and "
                + "download the thread with its token. The response deadline runs from then, per kind.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireQuota(RateLimiting.RegisterPolicy);

        inquiries.MapGet("", ListMine)
            .Sends<ListMyInquiriesQuery>()
            .WithName("ListMyInquiries")
            .WithSummary("The inquiries I wrote signed in, newest first (paginated)")
            .ProducesValidationProblem()
            .RequiresSession();

        inquiries.MapPost("/{id:guid}/verification", Verify)
            .Sends<VerifyInquiryEmailCommand>()
            .WithName("VerifyInquiryEmail")
            .WithSummary("Confirm an anonymous inquiry's address with the mailed ?token=: it reaches support and its deadline starts")
            .ProducesProblem(StatusCodes.Status404NotFound);

        inquiries.MapGet("/{id:guid}", Get)
            .Sends<GetInquiryQuery>()
            .WithName("GetInquiry")
            .WithSummary("My inquiry and its thread: signed in, or with the mailed ?token=")
            .ProducesProblem(StatusCodes.Status404NotFound);

        inquiries.MapGet("/{id:guid}/export", Export)
            .Sends<GetInquiryQuery>()
            .WithName("ExportInquiry")
            .WithSummary("Download my inquiry and its thread as a JSON file: signed in, or with the mailed ?token=")
            .Produces<InquiryDto>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        inquiries.MapGet("/{id:guid}/messages/{messageId:guid}/image", Image)
            .Sends<GetInquiryAttachmentQuery>()
            .WithName("GetInquiryImage")
            .WithSummary("The image of a message in my thread (re-encoded, without metadata): signed in, or with the mailed ?token=")
            .Produces<Stream>(StatusCodes.Status200OK, "image/jpeg", "image/png", "image/webp")
            .ProducesProblem(StatusCodes.Status404NotFound);

        inquiries.MapPost("/{id:guid}/messages", Post)
            .Sends<PostInquiryMessageCommand>()
            .WithName("PostInquiryMessage")
            .WithSummary("Reply in my thread (multipart: `text`, optionally an `image`): signed in, or with the mailed ?token=")
            .WithDescription(
                "The image takes the uploads' checks: JPEG, PNG or WebP recognised from its bytes (415 otherwise), at most "
                + $"{limits.MaxBytes} bytes (413), re-encoded without metadata; only signed-in people's threads take images "
                + "(422 `inquiry-attachment-needs-account`). A closed thread answers 422 `inquiry-closed`.")
            .DisableAntiforgery()
            .WithRequestBodyLimit(limits.MaxRequestBytes)
            .WithFormOptions(memoryBufferThreshold: (int)limits.MaxRequestBytes, multipartBodyLengthLimit: limits.MaxRequestBytes)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Created<InquiryDto>> Submit(SubmitInquiryCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var inquiry = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/inquiries/{inquiry.Id}", inquiry);
    }

    private static async Task<Ok<Paged<InquirySummaryDto>>> ListMine(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyInquiriesQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<InquiryDto>> Verify(Guid id, string? token, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new VerifyInquiryEmailCommand(id, token ?? ""), cancellationToken));

    private static async Task<Ok<InquiryDto>> Get(Guid id, string? token, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetInquiryQuery(id, token), cancellationToken));

    private static async Task<FileContentHttpResult> Export(
        Guid id, string? token, ISender sender, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var inquiry = await sender.Send(new GetInquiryQuery(id, token), cancellationToken);
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(inquiry, json.Value.SerializerOptions), "application/json", $"inquiry-{id}.json");
    }

    private static async Task<FileStreamHttpResult> Image(Guid id, Guid messageId, string? token, ISender sender, CancellationToken cancellationToken)
    {
        var image = await sender.Send(new GetInquiryAttachmentQuery(id, messageId, token), cancellationToken);
        return TypedResults.Stream(image.Content, image.ContentType);
    }

    private static async Task<Ok<InquiryDto>> Post(
        Guid id, string? token, [FromForm] string? text, IFormFile? image, ISender sender, CancellationToken cancellationToken)
    {
        await using var content = image?.OpenReadStream();
        var attached = image is null ? null : new InquiryImage(image.FileName, content!);
        return TypedResults.Ok(await sender.Send(new PostInquiryMessageCommand(id, token, text ?? "", attached), cancellationToken));
    }
}
