using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Campaigns;
using Pixyer.Application.Features.Campaigns.CreateCampaign;
using Pixyer.Application.Features.Campaigns.GetCampaign;
using Pixyer.Application.Features.Campaigns.ListCampaigns;
using Pixyer.Application.Features.Campaigns.RecordCampaignOpen;
using Pixyer.Application.Features.Campaigns.SendCampaign;

namespace Pixyer.Api.Endpoints;

/// <summary>Marketing campaigns (U9): staff write and send them; the open pixel of their mails (K3) is anonymous.</summary>
public sealed class CampaignsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var campaigns = routes.MapGroup("/admin/campaigns").WithTags("Campaigns");

        campaigns.MapGet("", List)
            .Sends<ListCampaignsQuery>()
            .WithName("ListCampaigns")
            .WithSummary("The marketing campaigns, newest first, with their progress")
            .ProducesValidationProblem()
            .RequiresSession();

        campaigns.MapGet("/{id:guid}", Get)
            .Sends<GetCampaignQuery>()
            .WithName("GetCampaign")
            .WithSummary("One campaign with its progress: recipients, queued, sent, failed, cancelled, unsubscribed, opened")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        campaigns.MapPost("", Create)
            .WithName("CreateCampaign")
            .WithSummary("Write a campaign: subject, plain-text body (each mail adds the one-click unsubscribe link), the audience as a "
                         + "selector, and trackOpens for an open pixel that records only people with analytics consent")
            .ProducesValidationProblem()
            .RequiresSession();

        campaigns.MapPost("/{id:guid}/send", Send)
            .Sends<SendCampaignCommand>()
            .WithName("SendCampaign")
            .WithSummary("Send a campaign to the audience's accounts whose marketing_email consent stands now; its mails are queued in "
                         + "batches and each checks the consent again at delivery. Sending again answers the campaign as it is (202)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        routes.MapGet("/campaigns/opens/{receipt}.gif", Open)
            .Sends<RecordCampaignOpenCommand>()
            .WithTags("Campaigns")
            .WithName("RecordCampaignOpen")
            .WithSummary("The open pixel of a campaign mail: always a 1x1 GIF; an open is recorded only with the person's analytics consent")
            .Produces(StatusCodes.Status200OK, contentType: TransparentGif.ContentType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireQuota(RateLimiting.PublicReadPolicy);
    }

    private static async Task<Ok<Paged<CampaignDto>>> List(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListCampaignsQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<CampaignDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCampaignQuery(id), cancellationToken));

    private static async Task<Created<CampaignDto>> Create(CreateCampaignCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var campaign = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/campaigns/{campaign.Id}", campaign);
    }

    private static async Task<Accepted<CampaignDto>> Send(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Accepted($"/api/v1/admin/campaigns/{id}", await sender.Send(new SendCampaignCommand(id), cancellationToken));

    // The receipt names the campaign and the person, signed: it records an open and grants nothing else.
    private static async Task<FileContentHttpResult> Open(string receipt, HttpResponse response, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RecordCampaignOpenCommand(receipt), cancellationToken);
        // Every load of the mail asks again, so an open is judged by the consent of that moment.
        response.Headers.CacheControl = "no-store";
        return TypedResults.File(TransparentGif.Bytes, TransparentGif.ContentType);
    }
}
