using Pixyer.Application.Common.Email;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries;

public static class InquiryMails
{
    /// <summary>
    /// To an anonymous requester: the link that verifies their address (only then does support see the inquiry) and
    /// the link to their thread afterwards. Both carry the access token; the mail names no subject account.
    /// </summary>
    public static EmailMessage VerifyAddress(Inquiry inquiry, string token, string publicBaseUrl) =>
        new(
            inquiry.RequesterEmail!,
            "Confirm your address so that we can answer your inquiry",
            $"""
             Hello {inquiry.RequesterName},

             we received your inquiry "{inquiry.Subject}". Please confirm that this address is yours, so that our support
             team can answer it:

             {ThreadLink(inquiry, token, publicBaseUrl)}&verify=1

             Afterwards you can read the thread, reply and download it at:

             {ThreadLink(inquiry, token, publicBaseUrl)}

             Keep this link to yourself: whoever has it can read the thread.
             """);

    /// <summary>To the requester, when staff answered or asked back; an anonymous requester gets their thread's link again.</summary>
    public static EmailMessage Replied(Inquiry inquiry, string address, string? token, string publicBaseUrl) =>
        new(
            address,
            "We replied to your inquiry",
            $"""
             Hello,

             our support team replied to your inquiry "{inquiry.Subject}". Read the reply at:

             {(token is null ? $"{publicBaseUrl.TrimEnd('/')}/inquiries/{inquiry.Id}" : ThreadLink(inquiry, token, publicBaseUrl))}
             """);

    private static string ThreadLink(Inquiry inquiry, string token, string publicBaseUrl) =>
        $"{publicBaseUrl.TrimEnd('/')}/inquiries/{inquiry.Id}?token={token}";
}
