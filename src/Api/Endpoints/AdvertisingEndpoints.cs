using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common;
using Pixyer.Application.Features.Advertising;
using Pixyer.Application.Features.Advertising.ExportAdAudience;
using Pixyer.Application.Features.Advertising.GetMyAdProfile;
using Pixyer.Domain.Advertising;

namespace Pixyer.Api.Endpoints;

/// <summary>Personalized advertising (U3): the person's own segments, and the consenting audience staff hand to a platform.</summary>
public sealed class AdvertisingEndpoints : IEndpointGroup
{
    public sealed record AudienceBody([property: WireNameOf<AdSegment>] string Segment, string RecipientKey);

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/me/ad-profile", GetMine)
            .Sends<GetMyAdProfileQuery>()
            .WithTags("Advertising")
            .WithName("GetMyAdProfile")
            .WithSummary("My personalized-advertising segments (templates used, plan, generation volume) and when they were computed; "
                         + "always 200: without the advertising_cookies consent the empty state with consented false and no segments, "
                         + "with it the segments, or none and computedAt null until the first computation after the grant")
            .RequiresSession();

        routes.MapPost("/admin/ad-audiences", Export)
            .Sends<ExportAdAudienceCommand>()
            .WithTags("Advertising")
            .WithName("ExportAdAudience")
            .WithSummary("Export one segment's audience for a registered advertising recipient, a page at a time: only people whose "
                         + "advertising consent stands now, as SHA-256 hashes of their e-mail addresses, each recorded as a disclosure to the recipient")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();
    }

    private static async Task<Ok<AdProfileView>> GetMine(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyAdProfileQuery(), cancellationToken));

    private static async Task<Ok<AdAudience>> Export(
        AudienceBody body, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ExportAdAudienceCommand(body.Segment, body.RecipientKey, Paging.From(page, pageSize)), cancellationToken));
}
