using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Pixyer.Api.IntegrationTests.Payments;

/// <summary>
/// The far edge of the Stripe adapter: a tiny HTTP server on loopback standing in for Stripe's API. A test scripts the
/// JSON each route answers (Stripe's documented shapes) and reads every request it received: method, path, the
/// headers that matter and the form body Stripe.net encodes. A route nobody scripted answers Stripe's 404
/// <c>resource_missing</c>.
/// </summary>
public sealed class FakeStripeApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, (int Status, string Json)> answers = new();

    private FakeStripeApi(WebApplication app) => this.app = app;

    public string BaseUrl => app.Urls.First();

    public ConcurrentQueue<ReceivedStripeRequest> Received { get; } = new();

    public static async Task<FakeStripeApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var api = new FakeStripeApi(builder.Build());
        api.app.Map("/{**path}", (Delegate)api.AnswerAsync);
        await api.app.StartAsync();
        return api;
    }

    /// <summary>From now on, <paramref name="method"/> <paramref name="path"/> answers <paramref name="json"/>.</summary>
    public void Answer(string method, string path, string json, int status = 200) => answers[$"{method} {path}"] = (status, json);

    public ReceivedStripeRequest OnlyRequestTo(string method, string path) =>
        Assert.Single(Received, request => request.Method == method && request.Path == path);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var form = request.HasFormContentType
            ? (await request.ReadFormAsync(context.RequestAborted)).ToDictionary(field => field.Key, field => field.Value.ToString())
            : [];
        Received.Enqueue(new ReceivedStripeRequest(
            request.Method, request.Path, request.Headers.Authorization.ToString(), request.Headers["Idempotency-Key"].ToString(), form));

        var (status, json) = answers.TryGetValue($"{request.Method} {request.Path}", out var answer)
            ? answer
            : (404, $$"""
                {
                  "error": {
                    "code": "resource_missing",
                    "doc_url": "https://stripe.com/docs/error-codes/resource-missing",
                    "message": "No such object: '{{request.Path}}'",
                    "request_log_url": "https://dashboard.stripe.com/test/logs/req_NrVqXyyfEkYJpZ",
                    "type": "invalid_request_error"
                  }
                }
                """);
        context.Response.Headers["Request-Id"] = $"req_{Guid.NewGuid():N}"[..18];
        return Results.Content(json, "application/json", statusCode: status);
    }
}

/// <summary>A request as Stripe would have received it; <see cref="Form"/> holds the form fields by Stripe's names.</summary>
public sealed record ReceivedStripeRequest(
    string Method, string Path, string Authorization, string IdempotencyKey, IReadOnlyDictionary<string, string> Form);
