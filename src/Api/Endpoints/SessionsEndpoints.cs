using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Api.Security;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Sessions;
using Pixyer.Application.Features.Sessions.GetCurrentSession;
using Pixyer.Application.Features.Sessions.ListMySessions;
using Pixyer.Application.Features.Sessions.LogIn;
using Pixyer.Application.Features.Sessions.LogOut;
using Pixyer.Application.Features.Sessions.LogOutEverywhere;
using Pixyer.Application.Features.Sessions.RevokeSession;

namespace Pixyer.Api.Endpoints;

public sealed class SessionsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var sessions = routes.MapGroup("/sessions").WithTags("Sessions");

        sessions.MapPost("", LogIn)
            .WithName("LogIn")
            .WithSummary("Log in with email and password; the session token comes in the body and as an HttpOnly cookie")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireQuota(RateLimiting.LoginPolicy);

        sessions.MapGet("", ListMine)
            .Sends<ListMySessionsQuery>()
            .WithName("ListMySessions")
            .WithSummary("My active sessions: device, created, last seen")
            .ProducesValidationProblem()
            .RequiresSession();

        sessions.MapGet("/current", Current)
            .Sends<GetCurrentSessionQuery>()
            .WithName("GetCurrentSession")
            .WithSummary("This session: id, created, expiry, and its CSRF token, for an SPA that lost it with a page reload (the cookies are renewed)")
            .RequiresSession();

        sessions.MapDelete("/current", LogOut)
            .Sends<LogOutCommand>()
            .WithName("LogOut")
            .WithSummary("Log out: this session's token stops working at once")
            .RequiresSession();

        sessions.MapDelete("", LogOutEverywhere)
            .Sends<LogOutEverywhereCommand>()
            .WithName("LogOutEverywhere")
            .WithSummary("Log out of every session of my account")
            .RequiresSession();

        sessions.MapDelete("/{id:guid}", Revoke)
            .Sends<RevokeSessionCommand>()
            .WithName("RevokeSession")
            .WithSummary("End one of my sessions, e.g. on a lost device")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();
    }

    private static async Task<Ok<LoggedIn>> LogIn(
        LogInCommand command, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var session = await sender.Send(command, cancellationToken);
        SessionCookies.Write(response, session.Token, session.CsrfToken, session.ExpiresAt);
        return TypedResults.Ok(session);
    }

    private static async Task<Ok<Paged<SessionSummary>>> ListMine(
        int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMySessionsQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<CurrentSession>> Current(
        ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var (token, method) = SessionAuthenticationHandler.PresentedToken(request);
        var session = await sender.Send(new GetCurrentSessionQuery(token ?? ""), cancellationToken);
        if (method == SessionAuthenticationHandler.CookieMethod)
        {
            // The CSRF cookie of a session started before the token was derived gets the one handed out here, and
            // both cookies the session's sliding expiry.
            SessionCookies.Write(response, token!, session.CsrfToken, session.ExpiresAt);
        }

        return TypedResults.Ok(session);
    }

    private static async Task<NoContent> LogOut(ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        await sender.Send(new LogOutCommand(), cancellationToken);
        SessionCookies.Clear(response);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<SessionsRevoked>> LogOutEverywhere(
        ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var revoked = await sender.Send(new LogOutEverywhereCommand(), cancellationToken);
        SessionCookies.Clear(response);
        return TypedResults.Ok(revoked);
    }

    private static async Task<NoContent> Revoke(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RevokeSessionCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
