using System.Security.Cryptography;
using System.Text;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries;

/// <summary>
/// The signed access token an anonymous requester is mailed (C7): a keyed signature of the inquiry's id, so it needs
/// no login, verifies their address, opens only that thread, and cannot be forged for another.
/// </summary>
public sealed class InquiryTokens(IKeyedHasher hasher)
{
    public string For(InquiryId inquiry) => hasher.Hash($"inquiry-access:{inquiry.Value:N}");

    public bool Opens(InquiryId inquiry, string? token) =>
        token is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token), Encoding.ASCII.GetBytes(For(inquiry)));
}
