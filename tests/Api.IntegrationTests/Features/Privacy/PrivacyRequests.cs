using System.Net;
using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Privacy;

internal static class PrivacyRequests
{
    public const string Register = "/api/v1/privacy/processing-activities";
    public const string Controller = "/api/v1/privacy/controller";
    public const string Recipients = "/api/v1/privacy/recipients";

    /// <summary>GETs <paramref name="path"/>, expects 200 and reads the JSON body.</summary>
    public static async Task<T> GetOkAsync<T>(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
