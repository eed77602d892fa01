using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.OpenApi;

/// <summary>
/// The served document passes Spectral (<c>spectral:oas</c> and the OWASP API ruleset) and Redocly (<c>recommended</c>)
/// without an error, run at the versions pinned in <c>tools/openapi-lint</c>. The warnings left are listed in README.
/// </summary>
public sealed class OpenApiLintTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    public async Task OpenApiDocument_ShouldPassSpectralWithoutAnError()
    {
        var document = await ServedDocumentAsync();

        var result = await OpenApiLinters.RunAsync(
            "spectral", "lint", document, "--ruleset", OpenApiLinters.Config(".spectral.yaml"), "--fail-severity", "error",
            "--display-only-failures", "--format", "stylish");

        Assert.True(result.ExitCode == 0, $"Spectral found errors in the served document:\n{result.Output}");
    }

    [Fact]
    public async Task OpenApiDocument_ShouldPassRedoclyWithoutAnError()
    {
        var document = await ServedDocumentAsync();

        var result = await OpenApiLinters.RunAsync(
            "redocly", "lint", document, "--config", OpenApiLinters.Config("redocly.yaml"), "--format", "stylish");

        Assert.True(result.ExitCode == 0, $"Redocly found errors in the served document:\n{result.Output}");
    }

    private async Task<string> ServedDocumentAsync()
    {
        var path = Path.Combine(App.DataDirectory, $"openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, await Client.GetStringAsync("/swagger/v1/swagger.json"));
        return path;
    }
}
