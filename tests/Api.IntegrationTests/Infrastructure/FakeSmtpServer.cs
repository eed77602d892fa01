using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The far edge of the mail port: a minimal SMTP server on loopback that accepts every message and keeps it,
/// so the real MailKit adapter can be tested end to end.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task serving;

    public FakeSmtpServer()
    {
        listener.Start();
        serving = ServeAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public List<(string Recipient, string Data)> Received { get; } = [];

    /// <summary>The app, on the test database, sending its mail through this relay, which is the recipient <paramref name="recipientKey"/>.</summary>
    public WebApplicationFactory<Program> AppFor(PixyerApiFactory app, string recipientKey) => app.WithSettings(new()
    {
        ["Pixyer:Smtp:Host"] = "127.0.0.1",
        ["Pixyer:Smtp:Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Pixyer:Smtp:UseStartTls"] = "false",
        ["Pixyer:Smtp:RecipientKey"] = recipientKey,
    });

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await serving.ContinueWith(_ => { }, TaskScheduler.Default);
        stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stopping.Token);
            await ConverseAsync(client.GetStream());
        }
    }

    private async Task ConverseAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 fake-smtp ready");
        var recipient = "";
        while (await reader.ReadLineAsync(stopping.Token) is { } line)
        {
            var verb = line.Split(' ', ':')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 fake-smtp");
                    break;
                case "RCPT":
                    recipient = line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('>', StringComparison.Ordinal)];
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(stopping.Token) is { } body && body != ".")
                    {
                        data.AppendLine(body);
                    }

                    Received.Add((recipient, data.ToString()));
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }
}
