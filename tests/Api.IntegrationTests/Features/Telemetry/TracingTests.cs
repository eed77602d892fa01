using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Telemetry;

namespace Pixyer.Api.IntegrationTests.Features.Telemetry;

/// <summary>
/// An operator sees each request as one trace: the HTTP server span, the mediator span of the request it sent, the
/// database calls below that; and nothing in any span tells who the person was.
/// </summary>
[Trait("Obligation", "P1")]
public sealed class TracingTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    public async Task Registration_ShouldBeTracedFromTheHttpRequestThroughTheMediatorDownToItsDatabaseCalls()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var username = Unique("user");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/accounts")
        {
            Content = JsonContent.Create(RegistrationBody(username, $"{username}@example.com")),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        await Expect.StatusAsync(await Client.SendAsync(request), HttpStatusCode.Accepted);

        var trace = await App.Spans.TraceAsync(traceId, span => span.Kind == ActivityKind.Server);
        var server = Assert.Single(trace, span => span.Kind == ActivityKind.Server);
        var mediator = Assert.Single(trace, span => span.DisplayName == "Pixyer.Mediator RegisterAccountCommand");
        Assert.Equal(server.SpanId, mediator.ParentSpanId);
        Assert.Equal("RegisterAccountCommand", mediator.GetTagItem(MediatorSpan.RequestType));
        Assert.Equal("command", mediator.GetTagItem(MediatorSpan.RequestKind));
        Assert.Equal("succeeded", mediator.GetTagItem(MediatorSpan.Outcome));
        var databaseCalls = trace.Where(span => span.ParentSpanId == mediator.SpanId && Statement(span) is not null).ToList();
        Assert.Contains(databaseCalls, span => Regex.IsMatch(Statement(span)!, "INSERT INTO \"?accounts\"? ", RegexOptions.IgnoreCase));
        Assert.All(databaseCalls, span => Assert.Equal(ActivityKind.Client, span.Kind));
    }

    [Fact]
    public async Task RegisteringVerifyingLoggingInAndChangingAConsent_ShouldLeaveNoPersonalDataOrSecretInAnySpan()
    {
        var user = await RegisterAsync();
        var mailedToken = Mails.VerificationToken(await Mailbox.DeliverAndReadLastAsync(user.Email));
        // The mail's link as the person follows it: the privacy centre's page, the token in its query string.
        await Expect.StatusAsync(await Client.GetAsync($"/verify-email?token={Uri.EscapeDataString(mailedToken)}"), HttpStatusCode.OK);
        await Expect.StatusAsync(
            await Client.PostAsJsonAsync("/api/v1/accounts/email-verification", new { token = mailedToken }), HttpStatusCode.OK);
        var session = await LogInAsync(user);
        using var signedIn = BearerClient(session.Token);
        await Expect.StatusAsync(
            await signedIn.PutAsJsonAsync("/api/v1/me/consents/marketing_email", new { granted = true }), HttpStatusCode.OK);

        // The journey was traced: its link, its consent change and their database calls are there to be searched.
        await Eventually.TrueAsync(() => App.Spans.Snapshot().Any(span => span.DisplayName == "Pixyer.Mediator SetMyConsentCommand")
            && App.Spans.Snapshot().Any(span => span.Kind == ActivityKind.Server && (span.GetTagItem("url.path") as string) == "/verify-email"));
        var spans = App.Spans.Snapshot();
        Assert.Contains(spans, span => span.DisplayName == "Pixyer.Mediator LogInCommand");
        Assert.Contains(spans, span => Statement(span) is not null);

        string[] secrets = [user.Email, user.Username, user.Password, session.Token, mailedToken];
        var leaks = spans
            .SelectMany(span => Texts(span).Select(text => (span.DisplayName, text)))
            .Where(found => secrets.Any(secret => found.text.Contains(secret, StringComparison.OrdinalIgnoreCase)
                || found.text.Contains(Uri.EscapeDataString(secret), StringComparison.OrdinalIgnoreCase)))
            .ToList();
        Assert.Empty(leaks);
    }

    private static string? Statement(Activity span) =>
        (span.GetTagItem("db.query.text") ?? span.GetTagItem("db.statement")) as string;

    /// <summary>Everything a span exports: its names, status, attributes, events, links and baggage.</summary>
    private static IEnumerable<string> Texts(Activity span) =>
        new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? "" }
            .Concat(span.TagObjects.Select(Text))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(Text).Append(e.Name)))
            .Concat(span.Links.SelectMany(l => l.Tags?.Select(Text) ?? []))
            .Concat(span.Baggage.Select(b => $"{b.Key}={b.Value}"));

    private static string Text(KeyValuePair<string, object?> tag) =>
        $"{tag.Key}={(tag.Value is IEnumerable<object> values ? string.Join(",", values) : tag.Value)}";
}
