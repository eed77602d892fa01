using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Deletion;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Deletion;

/// <summary>Deletion requests as their users drive them: ask, read the mailed token, let the erasure job run, read the certificate.</summary>
public abstract partial class DeletionTest(PixyerApiFactory app) : GenerationTest(app)
{
    protected static async Task<DeletionRequestDto> RequestDeletionAsync(SignedIn user)
    {
        var response = await user.Client.PostAsJsonAsync("/api/v1/me/deletion-request", new { password = user.User.Password });
        await Expect.StatusAsync(response, HttpStatusCode.Accepted);
        return (await response.Content.ReadFromJsonAsync<DeletionRequestDto>())!;
    }

    /// <summary>Delivers the queued mails and reads the certificate token from the one to <paramref name="address"/>.</summary>
    protected async Task<string> MailedTokenAsync(string address)
    {
        var mail = await Mailbox.DeliverAndReadLastAsync(address);
        Assert.Equal("Your Pixyer account is being deleted", mail.Subject);
        return TokenLine().Match(mail.TextBody ?? "").Groups[1].Value;
    }

    protected Task<int> RunErasureAsync(IServiceProvider? services = null) =>
        (services ?? App.Services).GetRequiredService<ErasureWorker>().RunAsync("test-worker", CancellationToken.None);

    protected Task<HttpResponseMessage> GetRequestAsync(Guid id, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, DeletionLinks.Request(id));
        request.Headers.Add(DeletionLinks.TokenHeader, token);
        return Client.SendAsync(request);
    }

    protected async Task<DeletionRequestDto> ReadRequestAsync(Guid id, string token)
    {
        var response = await GetRequestAsync(id, token);
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<DeletionRequestDto>())!;
    }

    [GeneratedRegex(@"Token:\s+(\S+)")]
    private static partial Regex TokenLine();
}
