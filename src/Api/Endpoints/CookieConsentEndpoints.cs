using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Analytics.RecordAnalyticsEvent;
using Pixyer.Application.Features.CookieConsent;
using Pixyer.Application.Features.CookieConsent.GetCookieConsent;
using Pixyer.Application.Features.CookieConsent.SetCookieConsent;
using Pixyer.Domain.Analytics;

namespace Pixyer.Api.Endpoints;

public sealed class CookieConsentEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var cookies = routes.MapGroup("").WithTags("Cookies and analytics");

        cookies.MapGet("/cookie-consent", Get)
            .Sends<GetCookieConsentQuery>()
            .WithName("GetCookieConsent")
            .WithSummary("The visitor's (or signed-in account's) cookie choices; essential cookies are always on")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        cookies.MapPut("/cookie-consent", Set)
            .WithName("SetCookieConsent")
            .WithSummary("Record the cookie banner's choice for analytics and advertising cookies")
            .ProducesValidationProblem();

        cookies.MapPost("/events", Record)
            .WithName("RecordAnalyticsEvent")
            .WithSummary("A page view or interaction: stored only with analytics consent, otherwise dropped (202 either way)")
            .ProducesValidationProblem();

        cookies.MapGet("/events/pixel.gif", Pixel)
            .Sends<RecordAnalyticsEventCommand>()
            .WithName("TrackingPixel")
            .WithSummary("A page-view beacon (1x1 GIF): records the page only with analytics consent, otherwise records nothing")
            .Produces(StatusCodes.Status200OK, contentType: "image/gif")
            .ProducesValidationProblem();
    }

    private static async Task<Ok<CookieChoices>> Get(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCookieConsentQuery(), cancellationToken));

    private static async Task<Ok<CookieChoices>> Set(
        SetCookieConsentCommand command, HttpContext context, RequestContext request, ISender sender, CancellationToken cancellationToken)
    {
        VisitorCookie.Ensure(context, request);
        return TypedResults.Ok(await sender.Send(command, cancellationToken));
    }

    /// <summary>Obligation K3: a web beacon is telemetry like any event, dropped without analytics consent.</summary>
    private static async Task<FileContentHttpResult> Pixel(string page, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RecordAnalyticsEventCommand(AnalyticsEventType.PageView, page, "pixel"), cancellationToken);
        return TypedResults.File(TransparentGif.Bytes, TransparentGif.ContentType);
    }

    private static async Task<Accepted> Record(RecordAnalyticsEventCommand command, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(command, cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}
