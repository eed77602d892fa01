using Microsoft.AspNetCore.Http.HttpResults;

namespace Pixyer.Api.Endpoints;

/// <summary>
/// The privacy centre's pages (wwwroot): a client-side app whose addresses mails link to, so each one serves the app's
/// index.html and the app shows the page. <c>/</c> itself is served by the default-files middleware.
/// </summary>
public sealed class PrivacyCentreEndpoints : IEndpointGroup
{
    public const string IndexFile = "index.html";

    /// <summary>The routes of the app's pages; everything else (the API, Swagger, health) keeps its own answer.</summary>
    public static readonly string[] Pages =
    [
        "/login",
        "/register",
        "/policy",
        "/verify-email",
        "/unsubscribe",
        "/deletion/{id:guid}",
        "/account",
        "/account/{section}",
    ];

    public bool IsVersioned => false;

    public void Map(IEndpointRouteBuilder routes)
    {
        foreach (var page in Pages)
        {
            routes.MapGet(page, Index).ExcludeFromDescription();
        }
    }

    private static PhysicalFileHttpResult Index(IWebHostEnvironment environment) =>
        TypedResults.PhysicalFile(Path.Combine(environment.WebRootPath, IndexFile), "text/html; charset=utf-8");
}
