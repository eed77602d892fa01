using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>An outside witness of the audit log on loopback: it keeps every checkpoint POSTed to it, as a real one would.</summary>
public sealed class FakeWitness : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeWitness(WebApplication app) => this.app = app;

    public string Url => app.Urls.First() + "/checkpoints";

    public ConcurrentQueue<JsonElement> Received { get; } = new();

    public static async Task<FakeWitness> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var witness = new FakeWitness(builder.Build());
        witness.app.MapPost("/checkpoints", async (HttpContext context) =>
        {
            witness.Received.Enqueue(await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body, cancellationToken: context.RequestAborted));
            return Results.NoContent();
        });
        await witness.app.StartAsync();
        return witness;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
