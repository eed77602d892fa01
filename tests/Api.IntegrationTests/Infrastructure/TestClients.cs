using Microsoft.AspNetCore.Mvc.Testing;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

public static class TestClients
{
    /// <summary>An HTTPS client (session cookies are Secure) that follows no redirects.</summary>
    public static HttpClient CreateApiClient(this WebApplicationFactory<Program> factory, bool handleCookies = false) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            HandleCookies = handleCookies,
            AllowAutoRedirect = false,
        });
}
