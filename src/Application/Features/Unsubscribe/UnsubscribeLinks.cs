using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Unsubscribe;

/// <summary>
/// Obligation U9: the signed one-click unsubscribe link of every marketing mail. The token names the account and
/// carries a keyed signature, so it needs no login, cannot be forged for another account, and stays valid.
/// </summary>
public sealed class UnsubscribeLinks(IKeyedHasher hasher, IOptions<PixyerOptions> options)
{
    public string TokenFor(AccountId account) => $"{account.Value:N}.{Signature(account)}";

    /// <summary>The account a link belongs to; a forged or garbled link is refused (422).</summary>
    public AccountId Read(string? token) =>
        TryRead(token, out var account)
            ? account
            : throw new RequestRefusedException("unsubscribe-token-invalid", "This unsubscribe link is not valid.");

    private bool TryRead(string? token, out AccountId account)
    {
        account = default;
        var parts = token?.Split('.');
        if (parts is not [var id, var signature] || !Guid.TryParseExact(id, "N", out var value))
        {
            return false;
        }

        account = new AccountId(value);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(Signature(account)));
    }

    /// <summary>The page a person opens from the mail's footer.</summary>
    public string PageFor(AccountId account) => $"{BaseUrl}/unsubscribe?token={TokenFor(account)}";

    /// <summary>List-Unsubscribe and List-Unsubscribe-Post (RFC 8058): mail clients unsubscribe with one POST.</summary>
    public IReadOnlyDictionary<string, string> HeadersFor(AccountId account) => new Dictionary<string, string>
    {
        ["List-Unsubscribe"] = $"<{BaseUrl}/api/v1/unsubscribe?token={TokenFor(account)}>",
        ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
    };

    private string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');

    private string Signature(AccountId account) => hasher.Hash($"unsubscribe:marketing_email:{account.Value:N}");
}
