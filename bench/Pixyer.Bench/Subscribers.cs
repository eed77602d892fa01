using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using Pixyer.Application.Features.Outbox.DeliverOutbox;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Bench;

/// <summary>A verified, signed-in account with a card: what a subscribe needs.</summary>
internal sealed record Subscriber(AccountId Account, string Token, Guid PaymentMethodId);

/// <summary>
/// Sets up the accounts of the <c>subscribe</c> scenario as a person does, through the public API: register, the
/// verification mail (the outbox delivered as its job would, into the pickup folder <c>DataDirectory/mail</c>, the token
/// read from the <c>.eml</c> file), confirm the address, log in, and for a subscriber add a card by its sandbox token.
/// None of it is timed.
/// </summary>
internal sealed partial class Subscribers(BenchApi api, HttpClient client)
{
    public const string CardToken = "tok_visa";

    /// <summary>Setup requests in flight at once.</summary>
    private const int Parallel = 4;

    private readonly string mailFolder = api.Services.GetRequiredService<IOptions<InfrastructureOptions>>().Value.DataPath("mail");
    private readonly HashSet<string> mailsRead = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> tokensByAddress = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><paramref name="count"/> fresh subscribers, each verified, signed in and with a card.</summary>
    public async Task<List<Subscriber>> PrepareAsync(int count)
    {
        var accounts = await SignUpVerifiedAsync([.. Enumerable.Range(0, count).Select(_ => Identity.Next())]);
        var subscribers = new ConcurrentBag<(int Index, Subscriber Subscriber)>();
        await System.Threading.Tasks.Parallel.ForEachAsync(
            accounts.Select((account, index) => (account, index)),
            new ParallelOptions { MaxDegreeOfParallelism = Parallel },
            async (item, _) =>
            {
                var card = await SendAsync(HttpMethod.Post, "/api/v1/me/payment-methods", new { token = CardToken }, HttpStatusCode.Created, item.account.Token);
                using var json = JsonDocument.Parse(card);
                subscribers.Add((item.index, new Subscriber(item.account.Id, item.account.Token, json.RootElement.GetProperty("id").GetGuid())));
            });
        return [.. subscribers.OrderBy(s => s.Index).Select(s => s.Subscriber)];
    }

    /// <summary>Registers, verifies by the mailed token and logs in each identity; their sessions, in the same order.</summary>
    public async Task<List<BenchAccount>> SignUpVerifiedAsync(IReadOnlyList<Identity> identities)
    {
        await System.Threading.Tasks.Parallel.ForEachAsync(
            identities,
            new ParallelOptions { MaxDegreeOfParallelism = Parallel },
            async (id, _) => await SendAsync(HttpMethod.Post, "/api/v1/accounts", BenchPath.RegisterBody(id), HttpStatusCode.Accepted));
        await DeliverMailAsync();
        var accounts = new BenchAccount[identities.Count];
        await System.Threading.Tasks.Parallel.ForEachAsync(
            Enumerable.Range(0, identities.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallel },
            async (i, _) =>
            {
                var id = identities[i];
                var token = tokensByAddress.TryGetValue(id.Email, out var t)
                    ? t
                    : throw new InvalidOperationException($"No verification mail reached {id.Email}.");
                await SendAsync(HttpMethod.Post, "/api/v1/accounts/email-verification", new { token }, HttpStatusCode.OK);
                var session = await SendAsync(HttpMethod.Post, "/api/v1/sessions", BenchPath.LogInBody(id), HttpStatusCode.OK);
                using var json = JsonDocument.Parse(session);
                accounts[i] = new BenchAccount(
                    new AccountId(json.RootElement.GetProperty("accountId").GetGuid()), json.RootElement.GetProperty("token").GetString()!);
            });
        return [.. accounts];
    }

    /// <summary>Sends JSON with the session's bearer token, if any; another status than <paramref name="expected"/> throws.</summary>
    public async Task<string> SendAsync(HttpMethod method, string path, object body, HttpStatusCode expected, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await client.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        return response.StatusCode == expected
            ? content
            : throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode} instead of {(int)expected}: {content}");
    }

    /// <summary>Runs the outbox delivery until nothing is left, then reads the verification tokens of the new mails.</summary>
    private async Task DeliverMailAsync()
    {
        var system = api.Services.GetRequiredService<SystemCommands>();
        while ((await system.SendAsync(new DeliverOutboxCommand(), CancellationToken.None)).Sent > 0)
        {
        }

        foreach (var file in Directory.Exists(mailFolder) ? Directory.GetFiles(mailFolder, "*.eml") : [])
        {
            if (!mailsRead.Add(file))
            {
                continue;
            }

            using var mail = await MimeMessage.LoadAsync(file);
            if (TokenPattern().Match(mail.TextBody ?? "") is { Success: true } match)
            {
                foreach (var to in mail.To.Mailboxes)
                {
                    tokensByAddress[to.Address] = match.Groups[1].Value;
                }
            }
        }
    }

    [GeneratedRegex(@"verify-email\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenPattern();
}
