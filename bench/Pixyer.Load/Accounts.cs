using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;

namespace Pixyer.Load;

/// <summary>A verified, signed-in account of the run.</summary>
internal sealed record LoadAccount(Guid Id, string Email, string Token)
{
    public const string Password = "Correct-Horse-42!";
}

/// <summary>
/// Sets accounts up as a person does, through the public API of the cluster's nodes: register, wait for the
/// verification mail (the nodes' outbox job delivers it into the shared pickup folder), confirm the address, log in.
/// </summary>
internal static partial class Accounts
{
    private static readonly string RunTag = Guid.NewGuid().ToString("N")[..6];
    private static int next;

    public static async Task<List<LoadAccount>> SignUpAsync(Cluster cluster, int count)
    {
        var emails = Enumerable.Range(0, count).Select(_ => Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture)).ToList();
        await Parallel.ForEachAsync(emails, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (n, _) =>
            await Http.ExpectAsync(cluster.Next().Client, HttpMethod.Post, "/api/v1/accounts", JsonContent.Create(new
            {
                username = $"l{RunTag}-{n}",
                email = Email(n),
                password = LoadAccount.Password,
                dateOfBirth = "1990-01-01",
                acceptedPolicyVersion = "2024-08-14",
            }), HttpStatusCode.Accepted));
        var tokens = await VerificationTokensAsync(cluster.MailFolder, emails.Select(Email).ToHashSet(StringComparer.OrdinalIgnoreCase));
        var accounts = new LoadAccount[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var email = Email(emails[i]);
            var client = cluster.Next().Client;
            await Http.ExpectAsync(client, HttpMethod.Post, "/api/v1/accounts/email-verification", JsonContent.Create(new { token = tokens[email] }), HttpStatusCode.OK);
            var session = await Http.ExpectAsync(
                client, HttpMethod.Post, "/api/v1/sessions", JsonContent.Create(new { email, password = LoadAccount.Password }), HttpStatusCode.OK);
            using var json = JsonDocument.Parse(session);
            accounts[i] = new LoadAccount(json.RootElement.GetProperty("accountId").GetGuid(), email, json.RootElement.GetProperty("token").GetString()!);
        });
        return [.. accounts];
    }

    private static string Email(string n) => $"l{RunTag}.{n}@load.example.com";

    /// <summary>Waits (at most two minutes) until a verification mail reached each address; the tokens by address.</summary>
    private static async Task<Dictionary<string, string>> VerificationTokensAsync(string folder, HashSet<string> addresses)
    {
        var tokens = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var read = new HashSet<string>(StringComparer.Ordinal);
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (tokens.Count < addresses.Count)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {tokens.Count} of {addresses.Count} verification mails arrived in {folder}.");
            }

            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                if (read.Contains(file))
                {
                    continue;
                }

                using var mail = await MimeMessage.LoadAsync(file);
                read.Add(file);
                var to = mail.To.Mailboxes.Select(m => m.Address).FirstOrDefault(addresses.Contains);
                if (to is not null && TokenPattern().Match(mail.TextBody ?? "") is { Success: true } match)
                {
                    tokens[to] = match.Groups[1].Value;
                }
            }

            await Task.Delay(250);
        }

        return tokens;
    }

    [GeneratedRegex(@"verify-email\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenPattern();
}

internal static class Http
{
    /// <summary>Sends <paramref name="content"/> (with the session's bearer token, if any); another status than <paramref name="expected"/> throws.</summary>
    public static async Task<string> ExpectAsync(
        HttpClient client, HttpMethod method, string path, HttpContent? content, HttpStatusCode expected, string? bearer = null)
    {
        using var response = await SendAsync(client, method, path, content, bearer);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == expected
            ? body
            : throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode} instead of {(int)expected}: {body}");
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, HttpContent? content, string? bearer)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client.SendAsync(request);
    }

    /// <summary>A PNG made in code, as a multipart upload body.</summary>
    public static MultipartFormDataContent Upload(byte[] png)
    {
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "file", "product.png" } };
    }

    public static Guid IdOf(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("id").GetGuid();
    }
}
